package org.pairingatlas.base.graphql.compiled;

import java.util.Map;

/**
 * The parameters every compiled statement binds for the caller of the request, so that
 * the rules the features compose into their Cypher (who may see what) read the same
 * values they read in the features' own queries.
 */
public interface CallerParameters {

	/** The parameters, by name. */
	Map<String, Object> callerParameters();

}
