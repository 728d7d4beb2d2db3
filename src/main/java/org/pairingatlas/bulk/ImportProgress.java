package org.pairingatlas.bulk;

import java.io.PrintStream;

/**
 * A progress bar on the console: the job, a bar, rows done of all, and the rate. On a
 * terminal it redraws one line; in a log (not a terminal) it prints a line every tenth.
 */
public class ImportProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private String job = "";

	private long total;

	private long done;

	private long resumedFrom;

	private long started;

	private int lastTenth = -1;

	public ImportProgress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	/** Prints nothing: for tests and for imports driven by another program. */
	public static ImportProgress silent() {
		return new ImportProgress(new PrintStream(java.io.OutputStream.nullOutputStream()), false);
	}

	public static ImportProgress console() {
		return new ImportProgress(System.out, System.console() != null);
	}

	void start(String job, long total, long alreadyDone) {
		this.job = job;
		this.total = total;
		this.done = alreadyDone;
		this.resumedFrom = alreadyDone;
		this.started = System.nanoTime();
		this.lastTenth = -1;
		if (alreadyDone > 0) {
			this.out.printf("%s: resuming after %,d rows an earlier run committed%n", job, alreadyDone);
		}
		draw();
	}

	void advance(long rows) {
		this.done += rows;
		draw();
	}

	void finish() {
		if (this.terminal) {
			this.out.println();
		}
	}

	private void draw() {
		double share = (this.total == 0) ? 1 : (double) this.done / this.total;
		int tenth = (int) (share * 10);
		if (!this.terminal && tenth == this.lastTenth) {
			return;
		}
		this.lastTenth = tenth;
		int filled = (int) Math.round(share * WIDTH);
		double seconds = (System.nanoTime() - this.started) / 1e9;
		double rate = (seconds > 0) ? (this.done - this.resumedFrom) / seconds : 0;
		String line = "%-28s [%s%s] %3d%% %,d/%,d rows %,.0f rows/s".formatted(this.job, "#".repeat(filled),
				" ".repeat(WIDTH - filled), Math.round(share * 100), this.done, this.total, rate);
		if (this.terminal) {
			this.out.print("\r" + line);
		}
		else {
			this.out.println(line);
		}
		this.out.flush();
	}

}
