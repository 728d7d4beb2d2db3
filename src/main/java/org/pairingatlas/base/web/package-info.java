/**
 * HTTP infrastructure every feature shares: a request id on every request, carried into
 * the logs and back to the caller.
 */
@NullMarked
package org.pairingatlas.base.web;

import org.jspecify.annotations.NullMarked;
