/**
 * Organisations taking part in programmes: government bodies, hospitals, schools,
 * universities, enterprises, industrial parks and research institutes.
 */
@NullMarked
package org.pairingatlas.organisation;

import org.jspecify.annotations.NullMarked;
