package org.pairingatlas.export;

/**
 * Which text XML 1.0 carries exactly. It has no way at all to write most control
 * characters, and a parser turns a carriage return into a line feed, and a tab or line
 * break in an attribute into a space.
 */
final class XmlText {

	private XmlText() {
	}

	/** Whether {@code text} reads back unchanged as the content of an element. */
	static boolean isExact(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (!(c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))) {
				return false;
			}
		}
		return true;
	}

	/** Whether {@code text} reads back unchanged as the value of an attribute. */
	static boolean isExactInAttribute(String text) {
		return isExact(text) && text.indexOf('\t') < 0 && text.indexOf('\n') < 0;
	}

}
