package org.pairingatlas.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.pairingatlas.region.Regions;
import org.pairingatlas.source.Sourced;

import org.springframework.stereotype.Service;

/**
 * Resolves the sides of pairings, which may be regions or organisations.
 */
@Service
public class Parties {

	private final Regions regions;

	private final Organisations organisations;

	Parties(Regions regions, Organisations organisations) {
		this.regions = regions;
		this.organisations = organisations;
	}

	/** Each key's region or organisation. */
	public Map<String, Sourced> byKeys(Collection<String> keys) {
		Map<String, Sourced> parties = new HashMap<>(this.regions.byKeys(keys));
		parties.putAll(this.organisations.byKeys(keys));
		return parties;
	}

}
