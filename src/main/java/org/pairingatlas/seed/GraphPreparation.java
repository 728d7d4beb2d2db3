package org.pairingatlas.seed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import org.pairingatlas.base.neo4j.GraphPrepared;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Brings the graph's schema up to date, and seeds an empty database, when the application
 * starts. When Neo4j cannot be reached the application starts anyway, reports itself not
 * ready, and tries again every few seconds: an external database that comes up later
 * needs no restart of the application.
 */
@Component
class GraphPreparation implements DisposableBean {

	private static final Log log = LogFactory.getLog(GraphPreparation.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	private final ApplicationEventPublisher events;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "graph-preparation");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean prepared;

	private volatile @Nullable String waitingFor;

	GraphPreparation(SeedLoader loader, SeedProperties properties, ApplicationEventPublisher events) {
		this.loader = loader;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Prepares the graph now, or, if Neo4j is unreachable, again and again until it is.
	 */
	void prepareOrRetry() {
		if (!attempt()) {
			this.retries.scheduleWithFixedDelay(() -> {
				if (attempt()) {
					this.retries.shutdown();
				}
			}, this.properties.retryInterval().toMillis(), this.properties.retryInterval().toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	/** Whether the schema is up to date (and the seed applied, where it was due). */
	boolean prepared() {
		return this.prepared;
	}

	/** Why the graph is not prepared yet, if it is not. */
	@Nullable String waitingFor() {
		return this.waitingFor;
	}

	private synchronized boolean attempt() {
		try {
			// The schema follows the application on every start, seeded or not,
			// embedded or external.
			this.loader.migrate();
			if (this.properties.onStart() == SeedProperties.OnStart.IF_EMPTY && !this.loader.isSeeded()) {
				log.info("The database holds no seed yet, or only part of one: applying " + this.properties.location());
				this.loader.apply();
			}
			if (this.waitingFor != null) {
				log.info("Neo4j answers again: the graph's schema is up to date");
			}
			this.events.publishEvent(new GraphPrepared());
			this.waitingFor = null;
			this.prepared = true;
			return true;
		}
		catch (ServiceUnavailableException | SessionExpiredException | DataAccessResourceFailureException ex) {
			if (this.waitingFor == null) {
				log.warn("Neo4j cannot be reached (%s); the application serves errors and reports itself not ready, "
					.formatted(ex.getMessage()) + "and tries again every " + format(this.properties.retryInterval()));
			}
			this.waitingFor = "Neo4j cannot be reached: " + ex.getMessage();
			return false;
		}
	}

	private static String format(Duration interval) {
		return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
	}

	@Override
	public void destroy() {
		this.retries.shutdownNow();
	}

}
