/**
 * The imports page: templates, upload, column choices, preview, commit and rollback.
 */
@NullMarked
package org.pairingatlas.sheet.ui;

import org.jspecify.annotations.NullMarked;
