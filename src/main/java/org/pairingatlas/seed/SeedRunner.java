package org.pairingatlas.seed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database when the application starts, and with the {@code --seed}
 * argument re-applies the seed to whatever database is configured and exits.
 */
@Component
@Order(0)
class SeedRunner implements ApplicationRunner {

	/** The argument that turns a start of the application into a seed command. */
	static final String SEED_COMMAND = "seed";

	private static final Log log = LogFactory.getLog(SeedRunner.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	private final ConfigurableApplicationContext context;

	SeedRunner(SeedLoader loader, SeedProperties properties, ConfigurableApplicationContext context) {
		this.loader = loader;
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(SEED_COMMAND)) {
			runCommand();
			return;
		}
		// The schema follows the application on every start, seeded or not, embedded or
		// external.
		this.loader.migrate();
		if (this.properties.onStart() == SeedProperties.OnStart.IF_EMPTY && !this.loader.isSeeded()) {
			log.info("The database holds no seed yet: applying " + this.properties.location());
			this.loader.apply();
		}
	}

	private void runCommand() {
		int exitCode = 0;
		try {
			SeedReport report = this.loader.apply();
			System.out.println("Seed applied: " + report);
		}
		catch (SeedException ex) {
			System.err.println("Seed refused: " + ex.getMessage());
			exitCode = 1;
		}
		int code = exitCode;
		System.exit(org.springframework.boot.SpringApplication.exit(this.context, () -> code));
	}

}
