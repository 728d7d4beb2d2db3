package org.pairingatlas.base.edit;

import org.springframework.stereotype.Component;

/**
 * Who is making the current request, for the audit trail.
 */
@Component
public class Actors {

	/**
	 * The signed-in user's or API token's name; {@code anonymous} when nobody signed in.
	 */
	public String current() {
		return "anonymous";
	}

}
