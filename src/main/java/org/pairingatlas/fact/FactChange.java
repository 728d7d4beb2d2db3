package org.pairingatlas.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.Checks;
import org.pairingatlas.base.edit.SourceInput;

/**
 * A change to a fact read at a version, as its kind describes it to the
 * {@link FactWriter}: which fact, the source it cites (if any), how the stored properties
 * change and what keeps it unique afterwards.
 */
public final class FactChange {

	/**
	 * Works out the changes from the fact as stored, adding any refusal to the checks.
	 */
	@FunctionalInterface
	public interface Changes {

		void apply(Map<String, Object> before, PropertyValues changes, Checks checks);

	}

	private final String label;

	private final String action;

	private final @Nullable String key;

	private final int expectedVersion;

	private @Nullable SourceInput source;

	private Changes changes = (before, changed, checks) -> {
	};

	private final List<Function<Map<String, Object>, @Nullable Uniqueness>> uniqueness = new ArrayList<>();

	private FactChange(String label, String action, @Nullable String key, int expectedVersion) {
		this.label = label;
		this.action = action;
		this.key = key;
		this.expectedVersion = expectedVersion;
	}

	/**
	 * A change to the fact with this label and key, recorded by this action; a key that
	 * failed its check is null, and the change is refused before it is used.
	 */
	public static FactChange of(String label, String action, @Nullable String key, int expectedVersion) {
		return new FactChange(label, action, key, expectedVersion);
	}

	/** The source the change cites, if any. */
	public FactChange cites(@Nullable SourceInput source) {
		this.source = source;
		return this;
	}

	public FactChange changing(Changes changes) {
		this.changes = changes;
		return this;
	}

	/**
	 * What keeps the fact unique, given its properties after the change; null when
	 * nothing needs checking.
	 */
	public FactChange uniqueBy(Function<Map<String, Object>, @Nullable Uniqueness> uniqueness) {
		this.uniqueness.add(uniqueness);
		return this;
	}

	String label() {
		return this.label;
	}

	String action() {
		return this.action;
	}

	String key() {
		return java.util.Objects.requireNonNull(this.key, "the id's refusal is thrown before the key is used");
	}

	int expectedVersion() {
		return this.expectedVersion;
	}

	@Nullable SourceInput source() {
		return this.source;
	}

	Changes changes() {
		return this.changes;
	}

	List<Uniqueness> uniqueness(Map<String, Object> after) {
		List<Uniqueness> rules = new ArrayList<>();
		this.uniqueness.forEach((rule) -> {
			Uniqueness unique = rule.apply(after);
			if (unique != null) {
				rules.add(unique);
			}
		});
		return rules;
	}

}
