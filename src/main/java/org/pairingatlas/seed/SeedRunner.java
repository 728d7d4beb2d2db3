package org.pairingatlas.seed;

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

	private final SeedLoader loader;

	private final GraphPreparation preparation;

	private final ConfigurableApplicationContext context;

	SeedRunner(SeedLoader loader, GraphPreparation preparation, ConfigurableApplicationContext context) {
		this.loader = loader;
		this.preparation = preparation;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption(SEED_COMMAND)) {
			runCommand();
			return;
		}
		this.preparation.prepareOrRetry();
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
