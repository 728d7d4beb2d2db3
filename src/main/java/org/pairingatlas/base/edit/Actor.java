package org.pairingatlas.base.edit;

import java.util.Set;

/**
 * Who makes an edit and where they may write.
 *
 * @param name the user's or token's name, for the audit trail
 * @param coordinator whether they may edit at all
 * @param programmes the programmes they may edit; empty means every programme
 * @param regions the regions they may edit in (with everything below them); empty means
 * everywhere
 */
public record Actor(String name, boolean coordinator, Set<String> programmes, Set<String> regions) {

	/** Someone who may not edit anything. */
	public static Actor reader(String name) {
		return new Actor(name, false, Set.of(), Set.of());
	}

}
