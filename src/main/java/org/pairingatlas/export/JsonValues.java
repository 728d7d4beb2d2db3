package org.pairingatlas.export;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Property values in JSON: strings, integers, booleans and finite floats as JSON's own
 * values, {@code NaN} and {@code ±Infinity} as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}, every other kind as a string in its
 * {@link ValueKind} text form, and a list as an array of these. GraphML holds lists in
 * this form too.
 */
final class JsonValues {

	private static final JsonFactory FACTORY = new JsonFactory();

	private static final Set<String> NOT_FINITE = Set.of("NaN", "Infinity", "-Infinity");

	private JsonValues() {
	}

	static void write(JsonGenerator json, PropertyType type, Object value) {
		if (!type.list()) {
			writeOne(json, type.kind(), value);
			return;
		}
		json.writeStartArray();
		for (Object element : (List<?>) value) {
			writeOne(json, type.kind(), element);
		}
		json.writeEndArray();
	}

	/** A list value as JSON text. */
	static String listText(PropertyType type, Object value) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
			write(json, type, value);
		}
		return text.toString();
	}

	/**
	 * Reads a value of {@code type} starting at the parser's current token.
	 * @throws IllegalArgumentException saying what is there instead
	 */
	static Object read(JsonParser json, PropertyType type) {
		if (!type.list()) {
			return readOne(json, type.kind());
		}
		if (json.currentToken() != JsonToken.START_ARRAY) {
			throw new IllegalArgumentException(shown(json) + " is not a list");
		}
		List<Object> values = new ArrayList<>();
		while (json.nextToken() != JsonToken.END_ARRAY) {
			values.add(readOne(json, type.kind()));
		}
		return values;
	}

	/** Reads a list value of {@code type} from its JSON text. */
	static Object parseList(PropertyType type, String text) {
		try (JsonParser json = FACTORY.createParser(ObjectReadContext.empty(), text)) {
			json.nextToken();
			Object value = read(json, type);
			if (json.nextToken() != null) {
				throw new IllegalArgumentException("'" + text + "' holds more than one list");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a JSON list: " + ex.getOriginalMessage(), ex);
		}
	}

	private static void writeOne(JsonGenerator json, ValueKind kind, Object value) {
		switch (kind) {
			case STRING -> json.writeString((String) value);
			case INTEGER -> json.writeNumber((Long) value);
			case BOOLEAN -> json.writeBoolean((Boolean) value);
			case FLOAT -> {
				double number = (Double) value;
				if (Double.isFinite(number)) {
					json.writeNumber(number);
				}
				else {
					json.writeString(Double.toString(number));
				}
			}
			default -> json.writeString(kind.format(value));
		}
	}

	private static Object readOne(JsonParser json, ValueKind kind) {
		JsonToken token = json.currentToken();
		switch (kind) {
			case STRING -> {
				if (token == JsonToken.VALUE_STRING) {
					return json.getString();
				}
			}
			case INTEGER -> {
				if (token == JsonToken.VALUE_NUMBER_INT) {
					return integer(json);
				}
			}
			case FLOAT -> {
				if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
					return finite(json.getString());
				}
				if (token == JsonToken.VALUE_STRING && NOT_FINITE.contains(json.getString())) {
					return Double.parseDouble(json.getString());
				}
			}
			case BOOLEAN -> {
				if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
					return token == JsonToken.VALUE_TRUE;
				}
			}
			case NOTHING -> throw new IllegalArgumentException("a List<Nothing> is empty, but holds " + shown(json));
			default -> {
				if (token == JsonToken.VALUE_STRING) {
					return kind.parse(json.getString());
				}
			}
		}
		throw new IllegalArgumentException(shown(json) + " is not a " + kind.typeName());
	}

	private static long integer(JsonParser json) {
		try {
			return json.getLongValue();
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(json.getString() + " is not an Integer (64 bits)", ex);
		}
	}

	private static double finite(String text) {
		double number = Double.parseDouble(text);
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException(text + " is beyond the range of a Float");
		}
		return number;
	}

	private static String shown(JsonParser json) {
		JsonToken token = json.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return "'" + json.getString() + "'";
		}
		if (token == JsonToken.START_ARRAY) {
			return "a list";
		}
		return (token == JsonToken.START_OBJECT) ? "an object" : String.valueOf(json.getString());
	}

}
