package org.pairingatlas.base.graphql.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Wires compiled reads into the schema: the root look-ups the projections name answer
 * with one statement, every field of a projected type reads a compiled row when it gets
 * one, and the interfaces and unions resolve a row by the type it names.
 * {@code pairing-atlas.graphql.compiled-reads=false} turns it all off.
 */
@Configuration(proxyBeanMethods = false)
class CompiledReadsConfiguration {

	private static final String QUERY = "Query";

	@Bean
	CompiledReads compiledReads(ObjectProvider<TypeProjection> projections, ObjectProvider<TypeProjections> more,
			Neo4jClient client, CallerParameters caller,
			@Value("${pairing-atlas.graphql.compiled-reads:true}") boolean enabled,
			@Value("${pairing-atlas.graphql.compiled-statements:2000}") int kept) {
		List<TypeProjection> all = new ArrayList<>(projections.orderedStream().toList());
		more.orderedStream().forEach((declared) -> all.addAll(declared.projections()));
		return new CompiledReads(new SelectionCompiler(all), client, new CompiledStatements(caller, kept), enabled);
	}

	@Bean
	GraphQlSourceBuilderCustomizer compileReads(CompiledReads reads, List<InterfaceLookUp> interfaceLookUps) {
		if (!reads.enabled()) {
			return (builder) -> {
			};
		}
		Map<String, TypeProjection> types = new HashMap<>();
		Map<String, Function<DataFetcher<?>, DataFetcher<?>>> lookUps = new HashMap<>();
		for (TypeProjection projection : reads.projections()) {
			types.put(projection.typeName(), projection);
			projection.lookUps()
				.forEach((field, argument) -> lookUps.put(field, (fetcher) -> new CompiledLookUpFetcher(fetcher, reads,
						argument, java.util.Objects.requireNonNull(projection.label(), projection.typeName()))));
		}
		interfaceLookUps.forEach((lookUp) -> lookUps.put(lookUp.field(),
				(fetcher) -> new CompiledLookUpFetcher(fetcher, reads, lookUp.argument(), lookUp.label())));
		return (builder) -> builder.typeVisitors(List.of(new Wiring(types, lookUps)));
	}

	private static final class Wiring extends GraphQLTypeVisitorStub {

		private final Map<String, TypeProjection> types;

		private final Map<String, Function<DataFetcher<?>, DataFetcher<?>>> lookUps;

		Wiring(Map<String, TypeProjection> types, Map<String, Function<DataFetcher<?>, DataFetcher<?>>> lookUps) {
			this.types = types;
			this.lookUps = lookUps;
		}

		@Override
		public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
				TraverserContext<GraphQLSchemaElement> context) {
			if (!(context.getParentNode() instanceof GraphQLObjectType parent)) {
				return TraversalControl.CONTINUE;
			}
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
			TypeProjection projection = this.types.get(parent.getName());
			if (projection != null) {
				registry.dataFetcher(coordinates,
						CompiledFieldFetcher.of(registry.getDataFetcher(parent, field), adapter(projection, field)));
			}
			else if (QUERY.equals(parent.getName()) && this.lookUps.containsKey(field.getName())) {
				registry.dataFetcher(coordinates,
						this.lookUps.get(field.getName()).apply(registry.getDataFetcher(parent, field)));
			}
			return TraversalControl.CONTINUE;
		}

		@Override
		public TraversalControl visitGraphQLInterfaceType(GraphQLInterfaceType type,
				TraverserContext<GraphQLSchemaElement> context) {
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			registry.typeResolver(type, byRow(registry.getTypeResolver(type)));
			return TraversalControl.CONTINUE;
		}

		@Override
		public TraversalControl visitGraphQLUnionType(GraphQLUnionType type,
				TraverserContext<GraphQLSchemaElement> context) {
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			registry.typeResolver(type, byRow(registry.getTypeResolver(type)));
			return TraversalControl.CONTINUE;
		}

		private static @Nullable Function<Object, Object> adapter(TypeProjection projection,
				GraphQLFieldDefinition field) {
			return (projection.field(field.getName()) instanceof FieldProjection.Value value) ? value.adapter() : null;
		}

		private static TypeResolver byRow(TypeResolver resolver) {
			return (environment) -> (environment.getObject() instanceof CompiledRow row)
					? environment.getSchema().getObjectType(row.typeName()) : resolver.getType(environment);
		}

	}

}
