package org.pairingatlas.fuzz;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The entity an update or an ending edits, made through the API before its loop, and a
 * fresh one when an accepted bad edit has used it up; also what accepted cases used up
 * otherwise (e.g. a supporter and recipient now paired).
 */
final class Fixture {

	private final @Nullable Supplier<Made> maker;

	private final Set<String> used = new HashSet<>();

	private @Nullable Made made;

	private int version;

	Fixture(@Nullable Supplier<Made> maker) {
		this.maker = maker;
		renew();
	}

	/** An entity made for a loop: its key, and facts about it its cases build on. */
	record Made(String key, Map<String, Object> facts) {
	}

	void renew() {
		if (this.maker != null) {
			this.made = this.maker.get();
			this.version = 1;
		}
	}

	@Nullable String key() {
		return (this.made != null) ? this.made.key() : null;
	}

	String fact(String name) {
		Object fact = (this.made != null) ? this.made.facts().get(name) : null;
		if (fact == null) {
			throw new IllegalStateException("the fixture has no " + name);
		}
		return fact.toString();
	}

	int version() {
		return this.version;
	}

	/** Reads the entity's version from a fingerprint that names it. */
	void readVersion(GraphFingerprint fingerprint) {
		String key = key();
		if (key != null) {
			this.version = fingerprint.version(key);
		}
	}

	/** Markers of what accepted cases used up, e.g. {@code 420104>420502}. */
	Set<String> used() {
		return this.used;
	}

}
