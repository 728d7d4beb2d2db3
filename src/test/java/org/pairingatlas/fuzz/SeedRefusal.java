package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.seed.SeedException;

/**
 * Judges how a corrupted file was refused: a seed file with a {@link SeedException}
 * naming the file, the line and the column at fault; a division file with an
 * {@link IllegalArgumentException} naming the file and the line; neither showing
 * internals, and nothing written.
 */
final class SeedRefusal {

	private SeedRefusal() {
	}

	static List<Problem> judge(SeedCase generated, @Nullable Throwable thrown, boolean wrote) {
		List<Problem> problems = new ArrayList<>();
		if (wrote) {
			problems.add(new Problem("wrote to the graph", String.valueOf(thrown)));
		}
		if (thrown == null) {
			problems.add(new Problem("accepted", "applied without a refusal"));
			return problems;
		}
		if (!(thrown instanceof SeedException refused)) {
			problems.add(new Problem("refused with " + thrown.getClass().getSimpleName() + ", not a SeedException",
					String.valueOf(thrown.getMessage())));
			return problems;
		}
		String message = String.valueOf(refused.getMessage());
		if (!generated.file().equals(refused.file())) {
			problems.add(new Problem("names another file", message));
		}
		if (generated.line() > 0 && refused.line() != generated.line()
				&& !message.contains("line " + generated.line())) {
			problems.add(new Problem("does not name the line at fault",
					"expected line " + generated.line() + ": " + message));
		}
		if (!generated.fields().isEmpty()
				&& (refused.field() == null || !generated.fields().contains(refused.field()))) {
			problems.add(new Problem("names another field", "expected one of " + generated.fields() + ": " + message));
		}
		Refusal.leak(message)
			.ifPresent((leak) -> problems.add(new Problem("the message shows internals: " + leak, message)));
		return problems;
	}

	static List<Problem> judge(DivisionCase generated, @Nullable Throwable thrown) {
		List<Problem> problems = new ArrayList<>();
		if (thrown == null) {
			problems.add(new Problem("accepted", "read without a refusal"));
			return problems;
		}
		String message = String.valueOf(thrown.getMessage());
		if (!(thrown instanceof IllegalArgumentException)) {
			problems.add(new Problem("refused with " + thrown.getClass().getSimpleName()
					+ ", not the IllegalArgumentException DivisionTree documents", message));
		}
		if (!message.contains(generated.file())) {
			problems.add(new Problem("does not name the file", message));
		}
		if (generated.line() > 1 && !message.matches("(?s).*\\bline " + generated.line() + "\\b.*")) {
			problems.add(new Problem("does not name the file line at fault",
					"expected line " + generated.line() + ": " + message));
		}
		Refusal.leak(message)
			.ifPresent((leak) -> problems.add(new Problem("the message shows internals: " + leak, message)));
		return problems;
	}

}
