package org.pairingatlas;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphQL over HTTP against the running application on the suite's Neo4j, with documents
 * from {@code src/test/resources/graphql-test/}.
 */
public abstract class GraphQlTestSupport extends Neo4jTestSupport {

	@LocalServerPort
	protected int port;

	protected HttpGraphQlTester graphQl;

	/** By default the tests ask as a partner system with a read token. */
	@BeforeEach
	void connectGraphQl() {
		this.graphQl = withToken(READ_TOKEN);
	}

	protected HttpGraphQlTester anonymous() {
		WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build();
		return HttpGraphQlTester.create(client);
	}

	protected HttpGraphQlTester withToken(String token) {
		return anonymous().mutate().headers((headers) -> headers.setBearerAuth(token)).build();
	}

	protected HttpGraphQlTester as(String coordinator) {
		return anonymous().mutate().headers((headers) -> headers.setBasicAuth(coordinator, PASSWORD)).build();
	}

}
