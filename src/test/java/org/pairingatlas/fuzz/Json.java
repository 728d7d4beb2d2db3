package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes request JSON by hand, so a test can send what a JSON library would not: values
 * of any type anywhere, numbers such as {@code 1e400} verbatim, and lone surrogates as
 * the {@code \\uD800} escapes JSON allows.
 */
final class Json {

	/** In an object, leaves its key out. */
	static final Object MISSING = new Object() {

		@Override
		public String toString() {
			return "<left out>";
		}

	};

	private Json() {
	}

	/** JSON text sent as it is, e.g. {@code 2147483648} or {@code 1e400}. */
	record Raw(String text) {
	}

	static String write(@Nullable Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value);
		return out.toString();
	}

	private static void append(StringBuilder out, @Nullable Object value) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Raw raw) {
			out.append(raw.text());
		}
		else if (value instanceof String text) {
			string(out, text);
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			object(out, map);
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				out.append((i > 0) ? "," : "");
				append(out, list.get(i));
			}
			out.append(']');
		}
		else {
			throw new IllegalArgumentException("cannot write " + value.getClass());
		}
	}

	private static void object(StringBuilder out, Map<?, ?> map) {
		out.append('{');
		boolean first = true;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (entry.getValue() != MISSING) {
				out.append(first ? "" : ",");
				string(out, entry.getKey().toString());
				out.append(':');
				append(out, entry.getValue());
				first = false;
			}
		}
		out.append('}');
	}

	private static void string(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || (Character.isSurrogate(c) && !paired(text, i))) {
				out.append("\\u%04x".formatted((int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

	private static boolean paired(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

	/** A copy of maps and lists, deep enough to corrupt without touching the original. */
	@SuppressWarnings("unchecked")
	static <T> T copy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, copy(v)));
			return (T) copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((v) -> copy.add(copy(v)));
			return (T) copy;
		}
		return value;
	}

	/**
	 * Text fit for a failure report: short, with control, format and surrogate characters
	 * written as escapes so that a right-to-left override cannot reorder the report.
	 */
	static String visible(@Nullable Object value) {
		String text = (value instanceof String s) ? s : String.valueOf(value);
		if (text.length() > 240) {
			text = text.substring(0, 200) + "…(" + text.length() + " chars in all)";
		}
		StringBuilder out = new StringBuilder();
		text.chars().forEach((c) -> {
			int type = Character.getType(c);
			boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
			out.append(hidden ? "\\u%04x".formatted(c) : String.valueOf((char) c));
		});
		return out.toString();
	}

}
