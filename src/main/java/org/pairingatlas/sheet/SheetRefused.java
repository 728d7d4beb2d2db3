package org.pairingatlas.sheet;

/**
 * A file refused whole: not a spreadsheet, too large, empty, or not the template of the
 * kind chosen. Nothing is written.
 */
public class SheetRefused extends RuntimeException {

	private final Reason reason;

	public SheetRefused(Reason reason) {
		super(reason.key() + " " + reason.args());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
