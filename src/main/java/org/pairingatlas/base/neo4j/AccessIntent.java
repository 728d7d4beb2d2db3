package org.pairingatlas.base.neo4j;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;

/**
 * Whether the code running on this thread means to write. Statements run outside a write
 * transaction are reads ({@link RoutedDriver}): on a cluster they go to any member, not
 * only the leader. Code that writes without a transaction of its own (schema migrations,
 * the seed's bookkeeping) says so here; a write that forgets is refused by the database
 * ("Writing in read access mode not allowed"), so it cannot slip through as a read.
 */
public final class AccessIntent {

	private static final ThreadLocal<@Nullable AccessMode> CURRENT = new ThreadLocal<>();

	private AccessIntent() {
	}

	/** Runs {@code work} as a writer: the sessions it opens may write. */
	public static <T> T writing(Supplier<T> work) {
		AccessMode before = CURRENT.get();
		CURRENT.set(AccessMode.WRITE);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(before);
			}
		}
	}

	/** Runs {@code work} as a writer. */
	public static void writing(Runnable work) {
		writing(() -> {
			work.run();
			return null;
		});
	}

	static boolean writing() {
		return CURRENT.get() == AccessMode.WRITE;
	}

}
