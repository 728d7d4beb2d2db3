/**
 * The graph's shape in one place: every entity type with its label, names in Chinese and
 * English, look and search fields ({@link EntityTypes}); how any node is named and loaded
 * by its key, each feature lending the loader of its own types ({@link EntityLoader}).
 */
@NullMarked
package org.pairingatlas.entity;

import org.jspecify.annotations.NullMarked;
