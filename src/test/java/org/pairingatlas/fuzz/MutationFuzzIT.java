package org.pairingatlas.fuzz;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Property-based fuzzing of every mutation, signed in as a coordinator: thousands of
 * valid inputs with bad values in them (wrong JSON types, huge strings, control
 * characters, bidirectional overrides, lone surrogates, mixed scripts, amounts and dates
 * out of range, unknown words and ids, self and ancestor pairings, stale versions) each
 * get a clear error naming the field and write nothing; the server never answers 5xx and
 * logs no stack trace. A failure lists each kind of failing case with one to replay
 * ({@code -Dfuzz.seed}, {@code -Dfuzz.case}); {@code -Dfuzz.cases} sets how many cases
 * each mutation gets.
 */
@ExtendWith(OutputCaptureExtension.class)
class MutationFuzzIT extends GraphQlTestSupport {

	/** Cases per mutation; nine mutations make 2,700 by default. */
	private static final int CASES = Fuzz.cases(150);

	@Autowired
	Driver driver;

	private GraphQlHttp http() {
		return new GraphQlHttp(this.port, basic(COORDINATOR));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.pairingatlas.fuzz.Mutations#names")
	void every_bad_value_is_refused_naming_its_field_and_nothing_is_written(String mutation, CapturedOutput output) {
		LoggedOutput logged = new LoggedOutput(output);
		FuzzFailures failures = new MutationFuzz(Mutations.named(mutation), http(), this.driver).run(CASES);
		logged.assertClean(failures);
	}

	@Test
	void malformed_oversize_and_mistyped_requests_are_refused_with_4xx_and_write_nothing(CapturedOutput output) {
		LoggedOutput logged = new LoggedOutput(output);
		GraphQlHttp http = http();
		FuzzFailures failures = new FuzzFailures("http-requests");
		List<BadRequests.BadRequest> requests = BadRequests.all(new SplittableRandom(Fuzz.seed()), 40);
		GraphFingerprint before = GraphFingerprint.of(this.driver, List.of("420503", Known.DOCUMENT));
		for (int i = 0; i < requests.size(); i++) {
			BadRequests.BadRequest request = requests.get(i);
			GraphQlHttp.Reply reply = http.send(build(http, request), request.body().length);
			GraphFingerprint after = GraphFingerprint.of(this.driver, List.of("420503", Known.DOCUMENT));
			failures.ran();
			failures.add(i, "[" + request.name().replaceAll("\\d+", "N") + "]", request.name(),
					BadRequests.judge(request, reply, !after.equals(before)));
			before = after;
		}
		logged.assertClean(failures);
	}

	private static HttpRequest.Builder build(GraphQlHttp http, BadRequests.BadRequest request) {
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(request.body());
		// Without a known length the client sends the body in chunks, with no
		// Content-Length to go by.
		HttpRequest.Builder builder = http.request()
			.header("Accept", request.accept())
			.method(request.method(), request.chunked() ? HttpRequest.BodyPublishers.fromPublisher(body) : body);
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		return builder;
	}

}
