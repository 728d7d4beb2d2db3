package org.pairingatlas;

import java.util.Arrays;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.env.MapPropertySource;

/**
 * Pairing Atlas: the graph of China's paired-assistance programmes, served through
 * GraphQL and a Vaadin explorer. Started with {@code --seed} it re-applies the seed to
 * the configured database, with {@code --export=<file>} or {@code --restore=<file>} it
 * exports or restores the whole graph, and exits, without opening a web port.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class PairingAtlasApplication implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PairingAtlasApplication.class);
		if (Arrays.stream(args).anyMatch(PairingAtlasApplication::isCommand)) {
			commandLine(application);
		}
		application.run(args);
	}

	private static boolean isCommand(String argument) {
		return argument.equals("--seed") || argument.startsWith("--export=") || argument.startsWith("--restore=");
	}

	/**
	 * Runs the application as a command: no web server, and so none of Vaadin, which
	 * needs one.
	 */
	public static SpringApplication commandLine(SpringApplication application) {
		application.setWebApplicationType(WebApplicationType.NONE);
		application.addInitializers((context) -> context.getEnvironment()
			.getPropertySources()
			.addLast(new MapPropertySource("commandLine", Map.of("spring.autoconfigure.exclude",
					"com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration"))));
		return application;
	}

}
