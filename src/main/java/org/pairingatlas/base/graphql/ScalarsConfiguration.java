package org.pairingatlas.base.graphql;

import java.math.BigDecimal;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Decimal} scalar: exact decimals travel as strings, so amounts never pass
 * through a binary floating point on either side.
 */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

	static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number written as a string; money in yuan.")
		.coercing(new DecimalCoercing())
		.build();

	@Bean
	RuntimeWiringConfigurer decimalScalar() {
		return (wiring) -> wiring.scalar(DECIMAL);
	}

	private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			if (value instanceof Number || value instanceof String) {
				return parse(value.toString(), CoercingSerializeException::new).toPlainString();
			}
			throw new CoercingSerializeException("not a decimal: " + value.getClass().getSimpleName());
		}

		@Override
		public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String || input instanceof Integer || input instanceof Long
					|| input instanceof BigDecimal) {
				return parse(input.toString(), CoercingParseValueException::new);
			}
			// Floats are refused: 0.1 + 0.2 is not what a finance office wrote down.
			throw new CoercingParseValueException(
					"a Decimal is written as a string such as \"3750.00\", not " + describe(input));
		}

		@Override
		public @Nullable BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				return parse(string.getValue(), CoercingParseLiteralException::new);
			}
			if (input instanceof IntValue integer) {
				return new BigDecimal(integer.getValue());
			}
			if (input instanceof FloatValue) {
				throw new CoercingParseLiteralException("a Decimal is written as a string such as \"3750.00\"");
			}
			throw new CoercingParseLiteralException("not a decimal: " + input);
		}

		private static String describe(Object input) {
			if (input instanceof Number) {
				return "the number " + input;
			}
			return JsonKinds.of(input);
		}

		private static <E extends RuntimeException> BigDecimal parse(String text,
				java.util.function.Function<String, E> error) {
			if (!text.matches("-?\\d{1,20}(\\.\\d{1,10})?")) {
				throw error.apply("'" + text + "' is not a decimal number (digits, optional point, no separators)");
			}
			return new BigDecimal(text);
		}

	}

}
