package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.neo4j.driver.Driver;

/**
 * Runs one mutation's fuzz loop: each case sends a valid input with bad values in it and
 * judges the answer against a fingerprint of the graph taken before and after. A kind of
 * bad value the mutation accepts is reported once and not sent to that field again (each
 * acceptance writes, and the loop should go on finding other kinds); last, the valid
 * input itself is sent, to show the refusals were the bad values' doing.
 */
final class MutationFuzz {

	private final MutationSpec spec;

	private final GraphQlHttp http;

	private final Driver driver;

	private final Fixture fixture;

	private final FuzzFailures failures;

	private final Set<String> accepted = new HashSet<>();

	MutationFuzz(MutationSpec spec, GraphQlHttp http, Driver driver) {
		this.spec = spec;
		this.http = http;
		this.driver = driver;
		Fixtures fixtures = new Fixtures(http);
		this.fixture = new Fixture((spec.maker() != null) ? () -> spec.maker().apply(fixtures) : null);
		this.failures = new FuzzFailures(spec.name());
	}

	FuzzFailures run(int cases) {
		long[] seeds = Fuzz.caseSeeds(this.spec.name(), cases);
		GraphFingerprint before = fingerprint();
		for (int i = 0; i < seeds.length; i++) {
			if (Fuzz.runs(i)) {
				before = runCase(i, new SplittableRandom(seeds[i]), before);
			}
		}
		control(before);
		return this.failures;
	}

	private GraphFingerprint runCase(int index, RandomGenerator random, GraphFingerprint before) {
		this.fixture.readVersion(before);
		MutationCase generated = MutationCase.generate(this.spec, random, this.fixture);
		if (generated.corruption().values().entrySet().stream().anyMatch((e) -> this.accepted.contains(key(e)))) {
			this.failures.skipped();
			return before;
		}
		String accept = random.nextBoolean() ? GraphQlHttp.GRAPHQL_RESPONSE : GraphQlHttp.JSON;
		GraphQlHttp.Reply reply = this.http.post(GraphQlHttp.body(this.spec.name(), generated.variables()),
				GraphQlHttp.JSON, accept);
		GraphFingerprint after = fingerprint();
		boolean wrote = !after.equals(before);
		this.failures.ran();
		this.failures.add(index, generated.corruption().signature(), describe(generated, accept),
				Refusal.judge(this.spec, generated.corruption(), reply, wrote));
		if (!wrote) {
			return before;
		}
		generated.corruption().values().entrySet().forEach((e) -> this.accepted.add(key(e)));
		if (generated.base().marker() != null) {
			this.fixture.used().add(generated.base().marker());
		}
		if (this.spec.renewAfterWrite()) {
			this.fixture.renew();
		}
		return fingerprint();
	}

	/** The valid input, sent last: it must be accepted, or the refusals prove nothing. */
	private void control(GraphFingerprint before) {
		this.fixture.readVersion(before);
		MutationSpec.Base base = this.spec.valid().make(new SplittableRandom(Fuzz.seed()), this.fixture);
		GraphQlHttp.Reply reply = this.http.post(GraphQlHttp.body(this.spec.name(), base.variables()), GraphQlHttp.JSON,
				GraphQlHttp.JSON);
		Object entity = reply.at("data", this.spec.name(), this.spec.entity());
		List<Problem> problems = new ArrayList<>();
		if (entity == null || fingerprint().equals(before)) {
			problems.add(new Problem("the valid input itself was not accepted", reply.summary()));
		}
		this.failures.add(-1, "[valid input]", Json.visible(Json.write(base.variables())), problems);
	}

	private GraphFingerprint fingerprint() {
		List<String> keys = new ArrayList<>(this.spec.touched());
		if (this.fixture.key() != null) {
			keys.add(this.fixture.key());
		}
		return GraphFingerprint.of(this.driver, keys);
	}

	private static String key(Map.Entry<String, BadValue> entry) {
		return entry.getKey() + ":" + entry.getValue().kind();
	}

	private static String describe(MutationCase generated, String accept) {
		return generated.corruption().describe() + "\n      Accept: " + accept + "; variables: "
				+ Json.visible(Json.write(generated.variables()));
	}

}
