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

	@BeforeEach
	void connectGraphQl() {
		WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build();
		this.graphQl = HttpGraphQlTester.create(client);
	}

}
