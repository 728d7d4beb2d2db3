/**
 * A page for each entity, at a stable address, answering in words what coordinators ask
 * of it first; it reads through the feature modules' services.
 */
@NullMarked
package org.pairingatlas.page;

import org.jspecify.annotations.NullMarked;
