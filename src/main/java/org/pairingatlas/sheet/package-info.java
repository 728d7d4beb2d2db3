/**
 * Spreadsheet imports: a template per kind of fact, an uploaded sheet read as a stream
 * within limits, its columns matched by header, its names resolved, every row checked by
 * the rules of the mutations and previewed, then committed as one transaction citing the
 * file and its row, and rolled back as a whole while none of its facts has been edited.
 */
@NullMarked
package org.pairingatlas.sheet;

import org.jspecify.annotations.NullMarked;
