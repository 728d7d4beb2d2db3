/**
 * Search by text across every kind of entity: Chinese names, English names and pinyin,
 * with or without tones, or just the initials ("sy" finds 十堰).
 */
@NullMarked
package org.pairingatlas.search;

import org.jspecify.annotations.NullMarked;
