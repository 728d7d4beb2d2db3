package org.pairingatlas.source;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.SignedIn;
import org.pairingatlas.entity.NodeNames;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sources pages say about the facts citing a document leaves out what the reader
 * may not see, down to the name of a pairing's side the sources only suggest.
 */
class DocumentCatalogueIT extends GraphQlTestSupport {

	private static final Map<String, Object> SOURCE = Map.of("document", "D001", "excerpt", "134个乡镇、社区结为“亲戚”");

	@Autowired
	DocumentCatalogue catalogue;

	@Autowired
	NodeNames names;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void a_public_reader_never_reads_the_name_of_an_unconfirmed_side() {
		String organisation = as(COORDINATOR).documentName("createOrganisation")
			.variable("input",
					Map.of("name", "未证实的测试医院", "kind", "hospital", "region", "110118", "confirmed", false, "source",
							SOURCE))
			.execute()
			.path("createOrganisation.organisation.key")
			.entity(String.class)
			.get();
		var created = as(COORDINATOR).documentName("createPairing")
			.variable("input",
					Map.of("programme", "jing-e", "level", "institution", "kind", "hand-in-hand", "supporter",
							organisation, "recipient", "420324", "source", SOURCE))
			.execute();
		created.path("createPairing.errors").entityList(Object.class).hasSize(0);
		String pairing = created.path("createPairing.pairing.key").entity(String.class).get();
		SignedIn.signOut();
		assertThat(this.catalogue.citing("D001")).noneMatch((fact) -> fact.name().contains("未证实的测试医院"))
			.noneMatch((fact) -> fact.key().equals(pairing));
		assertThat(this.names.of(java.util.List.of(pairing)).get(pairing)).doesNotContain("未证实的测试医院").startsWith("?");
		// It is there to be left out: the pairing cites the document.
		assertThat(this.driver
			.executableQuery("MATCH (:Pairing {key: $key})-[:CITES]->(:Source {key: 'D001'}) RETURN count(*) AS n")
			.withParameters(Map.of("key", pairing))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong()).isOne();
	}

}
