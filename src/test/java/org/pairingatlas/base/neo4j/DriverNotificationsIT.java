package org.pairingatlas.base.neo4j;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.GqlStatusObject;
import org.pairingatlas.Neo4jTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's sessions, reads as routed, ask Neo4j to leave out "does not exist"
 * warnings, which every network statement on a graph without targets drew.
 */
class DriverNotificationsIT extends Neo4jTestSupport {

	@Autowired
	Driver driver;

	@Test
	void a_statement_naming_a_relationship_type_the_graph_lacks_comes_back_without_a_warning() {
		try (Session session = this.driver.session()) {
			var summary = session.run("MATCH ()-[r:NO_SUCH_RELATIONSHIP_TYPE]->() RETURN count(r)").consume();
			assertThat(summary.gqlStatusObjects()).extracting(GqlStatusObject::gqlStatus)
				.isNotEmpty()
				.doesNotContain("01N51");
		}
	}

}
