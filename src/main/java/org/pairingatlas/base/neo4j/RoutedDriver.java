package org.pairingatlas.base.neo4j;

import java.util.concurrent.CompletionStage;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * The driver every part of the application uses, opening each session as what it is for:
 * a session in write mode only for a write transaction or for code that declares it
 * writes ({@link AccessIntent}), every other session in read mode.
 *
 * <p>
 * Spring Data Neo4j runs a statement outside a transaction in a session of the driver's
 * default mode, write; on a {@code neo4j://} cluster every read of the API and the
 * explorer would then be routed to the leader. Read sessions are routed to followers and
 * read replicas. Every session still carries the application's bookmarks (a
 * {@code Neo4jBookmarkManager} shared by the client and the transaction manager), so a
 * read waits for the writes before it: a coordinator reads their own writes.
 */
final class RoutedDriver implements Driver {

	/**
	 * The driver it routes for (package-visible for a test that records what it sends).
	 */
	final Driver driver;

	RoutedDriver(Driver driver) {
		this.driver = driver;
	}

	@Override
	public <T extends BaseSession> T session(Class<T> type, SessionConfig config, @Nullable AuthToken token) {
		return this.driver.session(type, routed(config), token);
	}

	/** The session's mode: write only when writing is meant. */
	static SessionConfig routed(SessionConfig config) {
		if (config.defaultAccessMode() == AccessMode.READ || AccessIntent.writing()) {
			return config;
		}
		SessionConfig.Builder read = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarks(config.bookmarks());
		config.database().ifPresent(read::withDatabase);
		config.fetchSize().ifPresent(read::withFetchSize);
		config.impersonatedUser().ifPresent(read::withImpersonatedUser);
		config.bookmarkManager().ifPresent(read::withBookmarkManager);
		config.minimumNotificationSeverity().ifPresent(read::withMinimumNotificationSeverity);
		// An empty set here would enable every notification the driver's own config
		// leaves out; it means "not set" in the session being copied.
		if (!config.disabledNotificationClassifications().isEmpty()) {
			read.withDisabledNotificationClassifications(config.disabledNotificationClassifications());
		}
		return read.build();
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
		return this.driver.executableQuery(query);
	}

	@Override
	public BookmarkManager executableQueryBookmarkManager() {
		return this.driver.executableQueryBookmarkManager();
	}

	@Override
	public boolean isEncrypted() {
		return this.driver.isEncrypted();
	}

	@Override
	public void close() {
		this.driver.close();
	}

	@Override
	public CompletionStage<Void> closeAsync() {
		return this.driver.closeAsync();
	}

	@Override
	public void verifyConnectivity() {
		this.driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		return this.driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken token) {
		return this.driver.verifyAuthentication(token);
	}

	@Override
	public boolean supportsSessionAuth() {
		return this.driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		return this.driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		return this.driver.supportsMultiDbAsync();
	}

}
