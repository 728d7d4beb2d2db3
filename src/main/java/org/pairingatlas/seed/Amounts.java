package org.pairingatlas.seed;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Money as the documents write it (yuan, 万元, 亿元) turned into whole fen (0.01 yuan), the
 * exact integer form the graph stores and sums.
 */
final class Amounts {

	static final Map<String, BigDecimal> FEN_PER_UNIT = Map.of("yuan", BigDecimal.valueOf(100), "wan",
			BigDecimal.valueOf(1_000_000), "yi", BigDecimal.valueOf(10_000_000_000L));

	private Amounts() {
	}

	static boolean isMoney(String unit) {
		return FEN_PER_UNIT.containsKey(unit);
	}

	/** The amount in fen, or empty when it is finer than a fen. */
	static Optional<Long> toFen(BigDecimal amount, String unit) {
		BigDecimal fen = amount.multiply(FEN_PER_UNIT.get(unit));
		try {
			return Optional.of(fen.stripTrailingZeros().longValueExact());
		}
		catch (ArithmeticException ex) {
			return Optional.empty();
		}
	}

	static BigDecimal toBase(BigDecimal amount, String unit) {
		return isMoney(unit) ? amount.multiply(FEN_PER_UNIT.get(unit)).movePointLeft(2) : amount;
	}

}
