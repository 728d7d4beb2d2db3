package org.pairingatlas.base.graphql.compiled;

/**
 * A root query field finding one node of an interface type by the key in
 * {@code argument}, among the nodes of {@code label}: the value is read as the type whose
 * label it carries, or by the field's data fetcher when that type has no projection.
 */
public record InterfaceLookUp(String field, String argument, String label) {
}
