package org.pairingatlas.base.graphql.compiled;

import java.util.List;

/**
 * Several projections declared together, as a bean: the same field added to many types,
 * for instance.
 */
@FunctionalInterface
public interface TypeProjections {

	List<TypeProjection> projections();

}
