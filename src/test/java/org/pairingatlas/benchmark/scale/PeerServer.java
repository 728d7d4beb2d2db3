package org.pairingatlas.benchmark.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer: the Neo4j GraphQL Library on Apollo Server ({@code bench/peer/server.mjs}) in
 * its own Node process, on the same database's Bolt port, and its documents from
 * {@code bench/peer/queries.json}.
 */
final class PeerServer implements AutoCloseable {

	static final Path FOLDER = Path.of("bench/peer");

	static final int PORT = Integer.getInteger("scale.peer-port", 4000);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final Map<String, JsonNode> documents = new HashMap<>();

	private PeerServer(Process process) {
		this.process = process;
		JsonNode all = JSON.readTree(FOLDER.resolve("queries.json").toFile());
		for (JsonNode entry : all) {
			this.documents.put(entry.get("name").asString(), entry);
		}
	}

	static PeerServer start(int boltPort) throws Exception {
		if (!Files.isDirectory(FOLDER.resolve("node_modules"))) {
			throw new IllegalStateException("The peer's packages are missing: run (cd bench/peer && npm ci) first");
		}
		Path bundled = Path.of(".mvn/node/bin/node");
		String node = Files.isExecutable(bundled) ? bundled.toAbsolutePath().toString() : "node";
		ProcessBuilder builder = new ProcessBuilder(node, "server.mjs").directory(FOLDER.toFile())
			.redirectErrorStream(true);
		builder.environment().put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
		builder.environment().put("PORT", String.valueOf(PORT));
		Process process = builder.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
			try {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (line.contains("peer ready")) {
						return true;
					}
					System.out.println("[peer] " + line);
				}
				return false;
			}
			catch (IOException ex) {
				return false;
			}
		});
		if (!ready.get(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("The peer stopped before it was ready");
		}
		// Keep draining its output so it never blocks on a full pipe.
		Thread.ofVirtual().start(() -> output.lines().forEach((line) -> {
		}));
		return new PeerServer(process);
	}

	/** The request body for the named document with these variables (or its own). */
	String body(String name, Map<String, Object> variables) {
		JsonNode entry = this.documents.get(name);
		if (entry == null) {
			throw new IllegalArgumentException("bench/peer/queries.json has no entry '" + name + "'");
		}
		Map<String, Object> body = new HashMap<>();
		body.put("query", entry.get("query").asString());
		body.put("variables", variables.isEmpty() ? entry.get("variables") : variables);
		return JSON.writeValueAsString(body);
	}

	String url() {
		return "http://127.0.0.1:" + PORT + "/graphql";
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
