package org.pairingatlas.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.pairingatlas.PairingAtlasApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started in this JVM on an embedded store of its own, as a command (no
 * web server), so a test can call its beans and read its graph directly.
 */
final class InProcessAtlas {

	private InProcessAtlas() {
	}

	/** Starts the application on the data folder, with extra command-line arguments. */
	static ConfigurableApplicationContext start(Path folder, String... arguments) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(PairingAtlasApplication.class);
		PairingAtlasApplication.commandLine(builder.application());
		List<String> all = new ArrayList<>(List.of("--pairing-atlas.neo4j.embedded.data-directory=" + folder,
				"--spring.main.banner-mode=off", "--pairing-atlas.neo4j.embedded.page-cache=64m"));
		all.addAll(List.of(arguments));
		return builder.run(all.toArray(String[]::new));
	}

	static GraphDatabaseService database(ConfigurableApplicationContext app) {
		return app.getBean(DatabaseManagementService.class).database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

}
