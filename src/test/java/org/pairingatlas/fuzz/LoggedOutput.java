package org.pairingatlas.fuzz;

import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;

import org.springframework.boot.test.system.CapturedOutput;

/**
 * What was logged from the moment it is made, to show that refusing bad input logs no
 * ERROR line and no stack trace. A marker line starts it, since the captured output also
 * holds what earlier tests of the class logged.
 */
final class LoggedOutput {

	private static final Pattern ERROR_LINE = Pattern.compile("(?m)^.*\\bERROR\\b.*$");

	private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.<>]+\\(.*$");

	private final CapturedOutput output;

	private final String marker = "---- fuzz output from here " + UUID.randomUUID();

	LoggedOutput(CapturedOutput output) {
		this.output = output;
		System.out.println(this.marker);
	}

	String text() {
		String all = this.output.getAll();
		int at = all.lastIndexOf(this.marker);
		return (at < 0) ? all : all.substring(at + this.marker.length());
	}

	/**
	 * Asserts that the fuzz loop found nothing wrong and that refusing its bad input
	 * logged nothing, reporting both at once.
	 */
	void assertClean(FuzzFailures failures) {
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(failures.isEmpty()).as(failures::report).isTrue();
			assertNoStackTraceOrError(softly);
		});
	}

	/**
	 * Refusing a user's mistake is routine: nothing worth an ERROR line or a stack trace.
	 */
	private void assertNoStackTraceOrError(SoftAssertions softly) {
		String logged = text();
		softly.assertThat(STACK_FRAME.matcher(logged).results().limit(20).map((m) -> m.group()).toList())
			.as("stack frames logged while refusing bad input")
			.isEmpty();
		softly.assertThat(ERROR_LINE.matcher(logged).results().limit(20).map((m) -> m.group()).toList())
			.as("ERROR lines logged while refusing bad input")
			.isEmpty();
	}

}
