package org.pairingatlas.bulk;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pairingatlas.PairingAtlasApplication;

/**
 * The application in a JVM of its own, started from its main class and classpath, so that
 * it can be killed the way a power cut or the kernel's OOM killer kills it: SIGKILL, no
 * shutdown hook, nothing flushed. Its output is read line by line as it comes.
 */
final class AtlasProcess implements AutoCloseable {

	// The application's command mode (PairingAtlasApplication.commandLine, what --seed
	// runs): no web server and no Vaadin. They write nothing to the graph, and leaving
	// them out saves ~10 s of every start on a 2-core machine. The debug lines say when a
	// seed file has committed and when the runners are done.
	private static final List<String> SETTINGS = List.of("--spring.main.web-application-type=none",
			"--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
					+ "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
			"--spring.main.banner-mode=off", "--pairing-atlas.neo4j.embedded.page-cache=64m",
			"--logging.level.org.pairingatlas.seed=DEBUG",
			"--logging.level.org.springframework.boot.availability=DEBUG");

	private static final String END = "\u0000end of output";

	private final Process process;

	private final List<String> output = new ArrayList<>();

	private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();

	private AtlasProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "atlas-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts the application on the data folder, with extra command-line arguments. */
	static AtlasProcess start(Path dataDirectory, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-XX:TieredStopAtLevel=1", "-cp", classpath(),
				PairingAtlasApplication.class.getName()));
		command.addAll(SETTINGS);
		command.add("--pairing-atlas.neo4j.embedded.data-directory=" + dataDirectory.toAbsolutePath());
		command.addAll(Arrays.asList(arguments));
		return new AtlasProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/**
	 * Waits for the {@code nth} line that matches, and returns its match.
	 * @throws AssertionError with the latest output if the application exits first or the
	 * deadline passes
	 */
	Matcher awaitLine(Pattern pattern, int nth, Duration deadline) throws InterruptedException {
		long end = System.nanoTime() + deadline.toNanos();
		int seen = 0;
		while (true) {
			String line = this.unread.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (line == null || END.equals(line)) {
				if (line != null) {
					this.unread.add(END);
				}
				throw new AssertionError(
						"The application " + ((line == null) ? "did not print" : "exited before") + " line " + nth
								+ " matching '" + pattern + "' within " + deadline + ". Its last output:\n" + tail());
			}
			Matcher matcher = pattern.matcher(line);
			if (matcher.find() && ++seen == nth) {
				return matcher;
			}
		}
	}

	/**
	 * Kills the process with SIGKILL and returns its exit status: 137 if it was still
	 * running.
	 */
	int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return awaitExit(Duration.ofSeconds(30));
	}

	/**
	 * Stops the application as a service manager does, with SIGTERM, and waits for it.
	 */
	int stop(Duration deadline) throws InterruptedException {
		this.process.destroy();
		return awaitExit(deadline);
	}

	/** Waits for the process to end and returns its exit status. */
	int awaitExit(Duration deadline) throws InterruptedException {
		if (!this.process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError(
					"The application did not exit within " + deadline + ". Its last output:\n" + tail());
		}
		return this.process.exitValue();
	}

	/** The last lines the application printed. */
	String tail() {
		synchronized (this.output) {
			return String.join("\n", this.output.subList(Math.max(0, this.output.size() - 60), this.output.size()));
		}
	}

	/** Leaves no process behind, whatever happened to the test. */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	// Drains the pipe from the start: a child whose pipe fills up blocks, and would never
	// reach the line a test waits for.
	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				synchronized (this.output) {
					this.output.add(line);
				}
				this.unread.add(line);
			}
		}
		catch (IOException ex) {
			synchronized (this.output) {
				this.output.add("(output unreadable: " + ex.getMessage() + ")");
			}
		}
		finally {
			this.unread.add(END);
		}
	}

	private static String java() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * The test's classpath less the test classes, so the child is the application as
	 * shipped. Failsafe starts its JVM from a manifest-only booter jar but sets
	 * {@code java.class.path} to the classpath that jar stands for (the booter itself is
	 * in {@code surefire.real.class.path}); a runner that leaves the booter in place is
	 * handled by reading the jar's {@code Class-Path}.
	 */
	static String classpath() {
		List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
		if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
			entries = manifestClassPath(Path.of(entries.get(0)));
		}
		return entries.stream()
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static List<String> manifestClassPath(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			String classPath = (file.getManifest() != null)
					? file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH) : null;
			if (classPath == null) {
				return List.of(jar.toString());
			}
			// Manifest entries are URIs relative to the jar, spaces encoded.
			return Arrays.stream(classPath.trim().split("\\s+"))
				.map((entry) -> Path.of(jar.toAbsolutePath().getParent().toUri().resolve(entry)).toString())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
