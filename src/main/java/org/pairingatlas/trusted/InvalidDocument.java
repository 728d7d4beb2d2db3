package org.pairingatlas.trusted;

import java.util.List;

/** A document refused at registration, with what is wrong with it. */
public class InvalidDocument extends RuntimeException {

	private final List<String> problems;

	InvalidDocument(List<String> problems) {
		super("the document is not valid against the schema: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
