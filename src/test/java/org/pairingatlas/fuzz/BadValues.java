package org.pairingatlas.fuzz;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * Generates a bad value for a field of a GraphQL input, by the field's type: the value
 * the product must refuse, never one that happens to be valid (a free-text note gets no
 * random words, only control characters, overrides, lone surrogates and sizes it must
 * refuse). Values of the wrong JSON type are generated here for every type.
 */
final class BadValues {

	/** The JSON type a field expects, to send it another. */
	enum JsonType {

		STRING, ID, INT, DECIMAL, BOOLEAN, OBJECT

	}

	private BadValues() {
	}

	/**
	 * A bad value for {@code field}; {@code current} is the field's value in the valid
	 * input and {@code known} what the case knows (the current version, the target's
	 * unit).
	 */
	static BadValue forField(Field field, RandomGenerator random, @Nullable Object current, Known known) {
		String text = (current instanceof String s && !s.isEmpty()) ? s : "fuzz";
		return switch (field.type()) {
			case OBJECT -> wrongType(random, JsonType.OBJECT, field.required());
			case KEY -> BadIds.id(random, field.allowed(), field.required());
			case WORD -> BadWords.word(random, field.allowed(), field.required());
			case UNIT -> BadWords.unit(random, known.unit());
			case DATE -> BadDates.date(random, field.required());
			case YEAR -> BadNumbers.year(random);
			case STEP -> BadNumbers.step(random);
			case VERSION -> BadNumbers.version(random, known.version());
			case MONEY -> BadNumbers.money(random);
			case COUNT -> BadNumbers.count(random);
			case MEASURE -> BadNumbers.measure(random);
			case BOOLEAN -> wrongType(random, JsonType.BOOLEAN, false);
			case NAME -> textOrType(random, text, 200, true, field.required());
			case NOTE -> textOrType(random, text, 1000, false, false);
			case EXCERPT -> excerpt(random, text, field.required());
		};
	}

	private static BadValue textOrType(RandomGenerator random, String text, int max, boolean needsText,
			boolean required) {
		return (random.nextInt(6) == 0) ? wrongType(random, JsonType.STRING, required)
				: BadText.text(random, text, max, needsText);
	}

	/**
	 * A bad excerpt: besides bad text, words that do not stand in the cited document
	 * (made up, altered, or quoted from another document).
	 */
	private static BadValue excerpt(RandomGenerator random, String excerpt, boolean required) {
		return switch (random.nextInt(4)) {
			case 0 -> BadValue.of("excerpt-not-in-document", BadText.pick(random, BadText.mixedScripts(random),
					excerpt.replace("2025", "2035"), Known.EXCERPT_OF_ANOTHER_DOCUMENT, "这是一段文件中没有的话"));
			case 1 -> wrongType(random, JsonType.STRING, required);
			default -> BadText.text(random, excerpt, 2000, true);
		};
	}

	/**
	 * A value of another JSON type than {@code expected}, or none for a required field.
	 */
	static BadValue wrongType(RandomGenerator random, JsonType expected, boolean required) {
		if (required && random.nextInt(4) == 0) {
			return random.nextBoolean() ? BadValue.of("null-for-required", null) : BadValue.missing();
		}
		List<Object> values = switch (expected) {
			case STRING -> List.of(42, new Json.Raw("4.2"), true, Map.of("value", "x"), List.of("x"), List.of());
			case ID -> List.of(new Json.Raw("1.5"), new Json.Raw("420104.0"), false, Map.of("id", "420104"),
					List.of("420104"));
			case INT -> List.of("2022", new Json.Raw("2022.5"), new Json.Raw("2147483648"), new Json.Raw("-2147483649"),
					new Json.Raw("1e400"), true, Map.of("value", 1), List.of(1));
			case DECIMAL -> List.of(new Json.Raw("1.5"), new Json.Raw("1e400"), new Json.Raw("0.1"), true,
					Map.of("amount", "1"), List.of("1"));
			case BOOLEAN -> List.of("true", 1, 0, "yes", Map.of("value", true), List.of(true));
			case OBJECT -> List.of("D003", 42, true, List.of(), List.of(Map.of("document", "D003")));
		};
		return BadValue.of("wrong-json-type", values.get(random.nextInt(values.size())));
	}

}
