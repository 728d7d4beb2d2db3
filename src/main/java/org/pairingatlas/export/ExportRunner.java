package org.pairingatlas.export;

import java.nio.file.Path;
import java.util.List;

import org.pairingatlas.base.neo4j.AccessIntent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code --export=<file>} exports the configured database, with
 * {@code --restore=<file>} restores a file into it, prints a one-line report and exits.
 * It runs before the seed runner (order 0) and exits before that can seed or migrate the
 * database, so a restore finds an empty database empty.
 */
@Component
@Order(-10)
class ExportRunner implements ApplicationRunner {

	static final String EXPORT_COMMAND = "export";

	static final String RESTORE_COMMAND = "restore";

	private final GraphExport export;

	private final GraphRestore restore;

	private final ConfigurableApplicationContext context;

	ExportRunner(GraphExport export, GraphRestore restore, ConfigurableApplicationContext context) {
		this.export = export;
		this.restore = restore;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		// A restore writes; an export only reads, but as one command with it.
		AccessIntent.writing(() -> runCommand(args));
	}

	private void runCommand(ApplicationArguments args) {
		boolean exporting = args.containsOption(EXPORT_COMMAND);
		boolean restoring = args.containsOption(RESTORE_COMMAND);
		if (!exporting && !restoring) {
			return;
		}
		int exitCode = 0;
		try {
			if (exporting && restoring) {
				throw new IllegalArgumentException("--export and --restore are two commands; give one of them");
			}
			if (exporting) {
				System.out.println("Exported " + this.export.export(file(args, EXPORT_COMMAND)));
			}
			else {
				System.out.println("Restored " + this.restore.restore(file(args, RESTORE_COMMAND)));
			}
		}
		catch (RestoreRefused ex) {
			System.err.println("Restore refused: " + ex.getMessage());
			exitCode = 1;
		}
		catch (RuntimeException ex) {
			System.err.println((restoring ? "Restore" : "Export") + " failed: " + ex.getMessage());
			exitCode = 1;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	private static Path file(ApplicationArguments args, String command) {
		List<String> values = args.getOptionValues(command);
		if (values == null || values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("Give the file as --" + command + "=<file>");
		}
		return Path.of(values.get(0));
	}

}
