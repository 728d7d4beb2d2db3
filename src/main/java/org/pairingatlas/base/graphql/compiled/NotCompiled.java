package org.pairingatlas.base.graphql.compiled;

/**
 * A selection that cannot be compiled (a field no feature declared, or a shape the
 * compiler does not take); the request is then answered by the ordinary data fetchers.
 */
final class NotCompiled extends RuntimeException {

	NotCompiled(String what) {
		super(what, null, false, false);
	}

}
