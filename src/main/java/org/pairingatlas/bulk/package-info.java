/**
 * Bulk loading beside the seed: the national division tree (province to village) and a
 * synthetic national-size network for benchmarks, in batches that each commit on their
 * own, so an interrupted import resumes where it stopped.
 */
@NullMarked
package org.pairingatlas.bulk;

import org.jspecify.annotations.NullMarked;
