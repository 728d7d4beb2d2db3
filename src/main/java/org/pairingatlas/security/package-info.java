/**
 * Who may use the API and for what: partner systems with hashed API tokens carrying read
 * scopes, coordinators who sign in and may edit within their programmes and regions, and
 * anonymous access that is off unless configured as read-only.
 */
@NullMarked
package org.pairingatlas.security;

import org.jspecify.annotations.NullMarked;
