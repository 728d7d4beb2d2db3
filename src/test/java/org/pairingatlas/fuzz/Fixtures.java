package org.pairingatlas.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the pairings and projects the update loops edit, through the API, each pairing
 * between a Wuhan district and a Yichang county no other test pairs.
 */
final class Fixtures {

	private static final List<List<String>> PAIRS = pairs(List.of("420104", "420105", "420107"),
			List.of("420525", "420526", "420528", "420529", "420581", "420582", "420583"));

	private static final AtomicInteger nextPair = new AtomicInteger();

	// Each organisation fixture has a name of its own, in this run and the next.
	private final java.util.concurrent.atomic.AtomicLong nextOrganisation = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime());

	private final GraphQlHttp http;

	Fixtures(GraphQlHttp http) {
		this.http = http;
	}

	static List<List<String>> pairs(List<String> supporters, List<String> recipients) {
		List<List<String>> pairs = new ArrayList<>();
		supporters.forEach((s) -> recipients.forEach((r) -> pairs.add(List.of(s, r))));
		return pairs;
	}

	Fixture.Made pairing() {
		int next = nextPair.getAndIncrement();
		if (next >= PAIRS.size()) {
			throw new IllegalStateException("all " + PAIRS.size() + " fixture pairs are used");
		}
		List<String> pair = PAIRS.get(next);
		String key = make("createPairing", "pairing", PairingMutations.valid(pair.get(0), pair.get(1)));
		return new Fixture.Made(key,
				Map.of("supporter", pair.get(0), "recipient", pair.get(1), "startDate", PairingMutations.START));
	}

	Fixture.Made project() {
		String key = make("recordProject", "project", ProjectMutations.valid());
		return new Fixture.Made(key, Map.of("startYear", 2022, "endYear", 2023));
	}

	Fixture.Made organisation() {
		String key = make("createOrganisation", "organisation",
				OrganisationMutations.fixture(this.nextOrganisation.getAndIncrement()));
		return new Fixture.Made(key, Map.of());
	}

	private String make(String mutation, String entity, Map<String, Object> input) {
		GraphQlHttp.Reply reply = this.http.post(GraphQlHttp.body(mutation, Map.of("input", input)), GraphQlHttp.JSON,
				GraphQlHttp.JSON);
		if (reply.at("data", mutation, entity, "key") instanceof String key) {
			return key;
		}
		throw new IllegalStateException("could not make the " + entity + " a fuzz loop edits: " + reply.summary());
	}

}
