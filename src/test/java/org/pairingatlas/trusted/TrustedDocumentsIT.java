package org.pairingatlas.trusted;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlPosts;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.base.graphql.ParsedDocuments;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner registers its GraphQL documents, then sends only their ids and gets the same
 * answers; a registered document is parsed and validated once, at registration; a token
 * held to its documents can send nothing else; a document that is not valid is refused
 * with what is wrong and nothing is registered.
 */
class TrustedDocumentsIT extends GraphQlTestSupport {

	private static final String ZHUXI = """
			query zhuxi($code: ID!) {
			  region(code: $code) { name pairings(role: RECIPIENT) { startDate programme { name } } }
			}""";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	ParsedDocuments parsed;

	@Test
	void a_partner_registers_a_document_and_sending_its_id_answers_as_sending_the_query() {
		Answer registered = register(OTHER_DOCUMENTS_TOKEN, ZHUXI);
		assertThat(registered.status()).isEqualTo(201);
		String id = registered.body().get("documentId").asString();
		assertThat(id).isEqualTo(TrustedDocuments.idOf(ZHUXI)).startsWith("sha256:");
		assertThat(registered.body().get("operations").get(0).asString()).isEqualTo("zhuxi");
		assertThat(this.parsed.holds(ZHUXI)).as("parsed and validated at registration").isTrue();

		var byId = GraphQlPosts.post(bearer(OTHER_DOCUMENTS_TOKEN),
				json(Map.of("documentId", id, "variables", Map.of("code", "420324"))), this.port);
		var byText = GraphQlPosts.post(bearer(OTHER_DOCUMENTS_TOKEN),
				json(Map.of("query", ZHUXI, "variables", Map.of("code", "420324"))), this.port);
		assertThat(byId.status()).isEqualTo(200);
		assertThat(byId.body()).isEqualTo(byText.body());
		assertThat(byId.text()).contains("竹溪县", "南水北调中线京鄂对口协作");
		assertThat(register(OTHER_DOCUMENTS_TOKEN, ZHUXI).body().get("documentId").asString())
			.as("the same text registered again")
			.isEqualTo(id);
	}

	@Test
	void a_token_held_to_its_documents_sends_its_own_by_id_and_nothing_else() {
		String own = register(DOCUMENTS_TOKEN, "query mine { programmes { key } }").body().get("documentId").asString();
		String others = register(OTHER_DOCUMENTS_TOKEN, "query theirs { programmes { name } }").body()
			.get("documentId")
			.asString();
		assertThat(GraphQlPosts.post(bearer(DOCUMENTS_TOKEN), json(Map.of("documentId", own)), this.port).text())
			.contains("jing-e");
		var query = GraphQlPosts.post(bearer(DOCUMENTS_TOKEN), json(Map.of("query", "{ programmes { key } }")),
				this.port);
		assertThat(query.status()).isEqualTo(403);
		assertThat(query.text()).contains("only documents it registered", "documentId");
		var theirs = GraphQlPosts.post(bearer(DOCUMENTS_TOKEN), json(Map.of("documentId", others)), this.port);
		assertThat(theirs.status()).isEqualTo(403);
		assertThat(theirs.text()).contains(others);
		var unknown = GraphQlPosts.post(bearer(DOCUMENTS_TOKEN), json(Map.of("documentId", "sha256:" + "0".repeat(64))),
				this.port);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.text()).contains("no document is registered");
	}

	@Test
	void an_invalid_document_is_refused_with_what_is_wrong_and_nothing_is_registered() {
		Answer refused = register(OTHER_DOCUMENTS_TOKEN, "query broken { region(code: \"420324\") { nosuchfield } }");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("nosuchfield");
		Answer syntax = register(OTHER_DOCUMENTS_TOKEN, "query { region(");
		assertThat(syntax.status()).isEqualTo(400);
		assertThat(list(OTHER_DOCUMENTS_TOKEN).toString()).doesNotContain("nosuchfield", "region(\"");
	}

	@Test
	void registering_needs_the_scope_for_it() {
		Answer refused = register(READ_TOKEN, "query { programmes { key } }");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().toString()).contains("register-documents");
	}

	@Test
	void a_document_sent_again_is_not_parsed_again_and_a_bad_one_is_refused_each_time() {
		String text = "query again { programmes { key nameEn } }";
		assertThat(this.parsed.holds(text)).isFalse();
		GraphQlPosts.post(bearer(READ_TOKEN), json(Map.of("query", text)), this.port);
		assertThat(this.parsed.holds(text)).isTrue();
		String bad = "{ programmes { nosuch } }";
		String first = GraphQlPosts.post(bearer(READ_TOKEN), json(Map.of("query", bad)), this.port).text();
		String second = GraphQlPosts.post(bearer(READ_TOKEN), json(Map.of("query", bad)), this.port).text();
		assertThat(first).contains("nosuch").isEqualTo(second);
	}

	private Answer register(String token, String document) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/graphql-documents"))
			.header("Authorization", bearer(token))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(Map.of("document", document))))
			.build());
	}

	private JsonNode list(String token) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/graphql-documents"))
			.header("Authorization", bearer(token))
			.GET()
			.build()).body();
	}

	private static Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), GraphQlPosts.JSON.readTree(response.body()));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object value) {
		return GraphQlPosts.JSON.writeValueAsString(value);
	}

	record Answer(int status, JsonNode body) {
	}

}
