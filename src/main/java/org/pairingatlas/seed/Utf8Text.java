package org.pairingatlas.seed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes a seed file's bytes as UTF-8, strictly, without a leading byte order mark.
 */
final class Utf8Text {

	private Utf8Text() {
	}

	/**
	 * The file's text, decoded strictly: a file that is not UTF-8 is refused, naming the
	 * line of the first bad bytes, rather than loaded with mojibake.
	 */
	static String decode(String name, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		// UTF-8 never has more characters than bytes.
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			int at = in.position();
			int line = 1;
			for (int i = 0; i < at; i++) {
				line += (bytes[i] == '\n') ? 1 : 0;
			}
			throw new SeedException(name, line, null, null, "holds bytes that are not UTF-8 text: "
					+ HexFormat.of().formatHex(bytes, at, Math.min(bytes.length, at + result.length())));
		}
		String text = out.flip().toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
