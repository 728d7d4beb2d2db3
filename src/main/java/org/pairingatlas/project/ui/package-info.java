/**
 * The list of projects, filtered, sorted and exported, and the form that records one.
 */
@NullMarked
package org.pairingatlas.project.ui;

import org.jspecify.annotations.NullMarked;
