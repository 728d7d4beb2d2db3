package org.pairingatlas.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlTestSupport;
import org.pairingatlas.base.edit.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coordinator imports township pairings from a sheet, as the user would: the
 * template downloaded, ten rows filled (two of them wrong), the refusals named by column
 * and reason, the corrected sheet committed with every pairing citing the file and its
 * row, the same file imported again changing nothing, and the import rolled back with the
 * audit log telling the story.
 */
class SheetImportIT extends GraphQlTestSupport {

	private static final String KIND = "township-pairings";

	private static final String PROGRAMME = "南水北调中线京鄂对口协作";

	/** Ten streets of 东城区 paired with ten townships of 竹溪县 (test fixtures). */
	private static final List<String> SUPPORTERS = List.of("东华门街道", "景山街道", "交道口街道", "安定门街道", "北新桥街道", "东四街道", "朝阳门街道",
			"建国门街道", "东直门街道", "和平里街道");

	private static final List<String> RECIPIENTS = List.of("城关镇", "蒋家堰镇", "中峰镇", "水坪镇", "县河镇", "泉溪镇", "丰溪镇", "龙坝镇",
			"兵营镇", "汇湾镇");

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	Driver driver;

	@Autowired
	SheetImports imports;

	@Autowired
	ImportReads reads;

	private WebTestClient http;

	@BeforeEach
	void signIn() {
		this.graphQl = as(COORDINATOR);
		this.http = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders((headers) -> headers.setBasicAuth(COORDINATOR, PASSWORD))
			.responseTimeout(java.time.Duration.ofMinutes(2))
			.build();
	}

	@Test
	void a_coordinator_imports_township_pairings_corrects_the_refused_rows_and_rolls_the_import_back()
			throws IOException {
		byte[] template = this.http.get()
			.uri("/api/imports/templates/" + KIND + ".xlsx")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		long pairingsBefore = count("MATCH (p:Pairing) RETURN count(p)");

		// Ten rows, two of them wrong: a township 竹溪县 has not, and a month that is not.
		byte[] wrong = filled(template, 4, "竹溪县无此镇", 7, "2021-13");
		Map<String, Object> preview = upload(wrong, "十堰乡镇结对.xlsx", false);
		Map<String, Object> previewed = importOf(preview);
		assertThat(previewed).containsEntry("rowCount", 10)
			.containsEntry("newCount", 8)
			.containsEntry("refusedCount", 2);
		assertThat(count("MATCH (p:Pairing) RETURN count(p)")).as("a preview writes no fact").isEqualTo(pairingsBefore);
		var refused = this.graphQl.document("""
				query($id: ID!) { sheetImport(id: $id) { rows(outcome: REFUSED) { edges { node {
				  number reasons { field header message messageEn } } } } } }""")
			.variable("id", previewed.get("key"))
			.execute();
		refused.path("sheetImport.rows.edges[0].node.number").entity(Integer.class).isEqualTo(7);
		refused.path("sheetImport.rows.edges[0].node.reasons[0].header").entity(String.class).isEqualTo("受援方");
		refused.path("sheetImport.rows.edges[0].node.reasons[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("竹溪县无此镇"));
		refused.path("sheetImport.rows.edges[1].node.number").entity(Integer.class).isEqualTo(10);
		refused.path("sheetImport.rows.edges[1].node.reasons[0].header").entity(String.class).isEqualTo("开始日期");
		refused.path("sheetImport.rows.edges[1].node.reasons[0].messageEn")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("2021-13").contains("not a date"));

		byte[] refusals = this.http.get()
			.uri("/api/imports/" + previewed.get("key") + "/refusals.xlsx")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (Workbook sheet = new XSSFWorkbook(new ByteArrayInputStream(refusals))) {
			Sheet data = sheet.getSheetAt(0);
			assertThat(data.getLastRowNum()).as("the header and the two refused rows").isEqualTo(2);
			Row header = data.getRow(0);
			assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("拒绝原因");
			Row first = data.getRow(1);
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("竹溪县无此镇");
			assertThat(first.getCell(first.getLastCellNum() - 1).getStringCellValue()).startsWith("受援方：");
		}

		// Corrected, the sheet imports whole; every pairing cites the file and its row.
		byte[] corrected = filled(template, -1, null, -1, null);
		Map<String, Object> committed = importOf(upload(corrected, "十堰乡镇结对.xlsx", true));
		assertThat(committed).containsEntry("status", "committed").containsEntry("newCount", 10);
		assertThat(count("MATCH (p:Pairing) RETURN count(p)")).isEqualTo(pairingsBefore + 10);
		String source = (String) committed.get("source");
		assertThat(this.driver.executableQuery("""
				MATCH (p:Pairing {level: 'township'})-[c:CITES]->(:Source {key: $source})
				RETURN c.excerpt AS excerpt ORDER BY excerpt""")
			.withParameters(Map.of("source", source))
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("excerpt").asString())
			.toList()).hasSize(10).first().asString().startsWith("第10行：" + PROGRAMME).contains("东城区建国门街道");
		this.graphQl.document("query($id: ID!) { document(id: $id) { title text } }")
			.variable("id", source)
			.execute()
			.path("document.text")
			.entity(String.class)
			.satisfies(
					(text) -> assertThat(text).as("the sheet's rows are its text").contains("第3行：").contains("第12行："));
		this.graphQl.documentName("coverage")
			.variable("region", "420324")
			.variable("level", "township")
			.execute()
			.path("coverage.paired[*].region.code")
			.entityList(String.class)
			.contains("420324101", "420324109");

		// Committing it again is refused by name; the same file again changes nothing.
		Map<String, Object> twice = this.http.post()
			.uri("/api/imports/" + committed.get("key") + "/commit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(twice.get("errors").toString()).contains("COMMITTED");
		Map<String, Object> again = importOf(upload(corrected, "十堰乡镇结对.xlsx", true));
		assertThat(again).containsEntry("unchangedCount", 10).containsEntry("newCount", 0);
		assertThat(again.get("source")).as("the same file is one source").isEqualTo(source);
		assertThat(count("MATCH (p:Pairing) RETURN count(p)")).isEqualTo(pairingsBefore + 10);

		// Rolled back, the pairings are gone and the audit log tells the story.
		this.graphQl
			.document("mutation($id: ID!) { rollbackImport(id: $id) { sheetImport { status } errors { message } } }")
			.variable("id", committed.get("key"))
			.execute()
			.path("rollbackImport.sheetImport.status")
			.entity(String.class)
			.isEqualTo("rolled-back");
		assertThat(count("MATCH (p:Pairing) RETURN count(p)")).isEqualTo(pairingsBefore);
		List<String> story = this.driver.executableQuery("""
				MATCH (a:AuditEntry)-[:CHANGED]->(:SheetImport {key: $key})
				RETURN a.action AS action, a.via AS via ORDER BY a.at, a.action""")
			.withParameters(Map.of("key", committed.get("key")))
			.execute()
			.records()
			.stream()
			.map((r) -> r.get("action").asString())
			.toList();
		assertThat(story).contains("commitImport", "rollbackImport");
		assertThat(count(
				"MATCH (a:AuditEntry {action: 'createPairing', via: '" + committed.get("key") + "'}) RETURN count(a)"))
			.as("the pairings' entries are tied to the import")
			.isEqualTo(10);
		assertThat(story.stream().filter("createPairing"::equals)).hasSize(10);
		assertThat(story.stream().filter("rollbackImport"::equals)).as("one per pairing and one for the import")
			.hasSize(11);
		this.graphQl.document("mutation($id: ID!) { rollbackImport(id: $id) { errors { code message } } }")
			.variable("id", committed.get("key"))
			.execute()
			.path("rollbackImport.errors[0].code")
			.entity(String.class)
			.isEqualTo("ROLLED-BACK");
	}

	@Test
	void organisations_import_new_ones_keep_known_ones_and_refuse_a_mistyped_credit_code() throws IOException {
		byte[] file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("机构");
			String[][] rows = { { "名称", "机构类型", "所在地区", "统一社会信用代码" }, { "竹溪县测试卫生院", "卫生院", "十堰市竹溪县", "" },
					{ "淅川县渠首朝阳小学", "学校", "河南省淅川县", "" }, { "竹溪县另一所学校", "学校", "竹溪县", "91350100M000100Y44" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			file = out.toByteArray();
		}
		long before = count("MATCH (o:Organisation) RETURN count(o)");
		Map<String, Object> imported = importOf(upload(this.http, file, "机构.xlsx", "organisations", true));
		assertThat(imported).containsEntry("newCount", 1)
			.containsEntry("unchangedCount", 1)
			.containsEntry("refusedCount", 1);
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isEqualTo(before + 1);
		assertThat(count("""
				MATCH (:Region {key: '420324'})<-[:LOCATED_IN]-(o:Organisation {name: '竹溪县测试卫生院', kind: 'hospital'})
				RETURN count(o)""")).isEqualTo(1);
		this.graphQl.document("""
				query($id: ID!) { sheetImport(id: $id) { rows(outcome: REFUSED) { edges { node {
				  number reasons { header message } } } } } }""")
			.variable("id", imported.get("key"))
			.execute()
			.path("sheetImport.rows.edges[0].node.reasons[0].header")
			.entity(String.class)
			.isEqualTo("统一社会信用代码");
	}

	@Test
	void a_commit_in_several_transactions_that_fails_part_way_takes_back_what_it_wrote() throws IOException {
		Actor chief = new Actor(COORDINATOR, true, Set.of(), Set.of());
		String[][] rows = new String[8][];
		rows[0] = new String[] { "协作计划", "支援方", "受援方" };
		for (int i = 0; i < 7; i++) {
			rows[i + 1] = new String[] { PROGRAMME, "东城区" + SUPPORTERS.get(i), "竹溪县" + RECIPIENTS.get(i) };
		}
		String key = this.imports.preview(chief, this.imports.read(chief, KIND, "名单.xlsx", workbook(rows)), Map.of(),
				SheetImports.Progress.NONE);
		long before = count("MATCH (p:Pairing) RETURN count(p)");
		// The third batch's row fails as a database or a stopping server would.
		int[] written = new int[1];
		SheetImports.Progress failing = (done) -> {
			if (++written[0] == 7) {
				throw new IllegalStateException("the database went away");
			}
		};
		assertThatThrownBy(() -> this.imports.commit(chief, key, false, failing, 3))
			.hasMessage("the database went away");
		assertThat(count("MATCH (p:Pairing) RETURN count(p)")).as("the first two batches are taken back")
			.isEqualTo(before);
		assertThat(this.reads.find(key).orElseThrow().status()).isEqualTo("previewed");
		assertThat(count("MATCH (:SheetImport {key: '" + key + "'})-[:HAS_ROW]->(r) WHERE r.fact IS NOT NULL "
				+ "RETURN count(r)"))
			.isZero();
		assertThat(this.imports.commit(chief, key, false, SheetImports.Progress.NONE, 3).created())
			.as("committed again, whole")
			.isEqualTo(7);
	}

	@Test
	void an_institution_sheet_records_the_organisations_the_graph_lacks_and_the_rollback_takes_them_back()
			throws IOException {
		byte[] file = workbook(new String[][] { { "协作计划", "支援方", "支援方所在地区", "支援方机构类型", "受援方", "受援方所在地区", "受援方机构类型" },
				{ PROGRAMME, "北京朝阳区白家庄小学", "北京市朝阳区", "", "竹溪县测试中学", "十堰市竹溪县", "学校" },
				{ PROGRAMME, "北京东城测试医院", "北京市东城区", "医院", "竹溪县测试中学", "竹溪县", "学校" },
				{ PROGRAMME, "北京无此学校", "北京市东城区", "", "竹溪县测试中学", "竹溪县", "学校" } });
		long organisations = count("MATCH (o:Organisation) RETURN count(o)");
		long pairings = count("MATCH (p:Pairing) RETURN count(p)");
		Map<String, Object> imported = importOf(upload(this.http, file, "机构结对.xlsx", "institution-pairings", true));
		assertThat(imported).containsEntry("newCount", 2).containsEntry("refusedCount", 1);
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).as("the school once, the hospital")
			.isEqualTo(organisations + 2);
		assertThat(
				count("""
						MATCH (:Organisation {name: '北京东城测试医院', kind: 'hospital'})<-[:SUPPORTER]-(:Pairing {level: 'institution'})
						      -[:RECIPIENT]->(school:Organisation {name: '竹溪县测试中学', kind: 'school'})-[:LOCATED_IN]->(:Region {key: '420324'})
						RETURN count(school)"""))
			.isEqualTo(1);
		this.graphQl
			.document("mutation($id: ID!) { rollbackImport(id: $id) { sheetImport { status } errors { message } } }")
			.variable("id", imported.get("key"))
			.execute()
			.path("rollbackImport.sheetImport.status")
			.entity(String.class)
			.isEqualTo("rolled-back");
		assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isEqualTo(organisations);
		assertThat(count("MATCH (p:Pairing) RETURN count(p)")).isEqualTo(pairings);
	}

	@Test
	void a_row_outside_the_coordinators_remit_is_refused_in_the_preview() throws IOException {
		Actor shiyan = new Actor(SHIYAN_COORDINATOR, true, Set.of("jing-e"), Set.of("420300"));
		byte[] file = workbook(new String[][] { { "协作计划", "支援方", "受援方" }, { PROGRAMME, "东城区东华门街道", "竹溪县城关镇" },
				{ "南水北调中线京豫对口协作", "东城区景山街道", "竹溪县蒋家堰镇" } });
		String key = this.imports.preview(shiyan, this.imports.read(shiyan, KIND, "名单.xlsx", file), Map.of(),
				SheetImports.Progress.NONE);
		List<ImportRowView> rows = this.reads.rows(key, null, new org.pairingatlas.base.graphql.Page(0, 10))
			.edges()
			.stream()
			.map((edge) -> edge.node())
			.toList();
		assertThat(rows).extracting(ImportRowView::outcome).containsExactly(Outcome.NEW, Outcome.REFUSED);
		assertThat(rows.get(1).reasons().get(0).reason().key()).isEqualTo("sheet.refusal.outsideRemit");
	}

	@Test
	void projects_import_with_amounts_in_wan_yuan_and_a_total_that_does_not_add_up_is_refused() throws IOException {
		byte[] file;
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("项目");
			String[][] rows = { { "项目名称", "协作计划", "所在地区", "类别", "协作资金", "中央投资", "地方投资", "其他投资", "总投资" },
					{ "竹溪县测试水厂", "南水北调中线京鄂对口协作", "十堰市竹溪县", "水质保护", "120万元", "", "", "", "" },
					{ "竹溪县测试道路", "南水北调中线京鄂对口协作", "竹溪县", "基础设施", "", "1亿元", "2000万", "0", "1.1亿" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			file = out.toByteArray();
		}
		Map<String, Object> imported = importOf(upload(this.http, file, "项目.xlsx", "projects", true));
		assertThat(imported).containsEntry("newCount", 1).containsEntry("refusedCount", 1);
		assertThat(count("""
				MATCH (x:Project {name: '竹溪县测试水厂', category: 'water-quality'})-[:LOCATED_IN]->(:Region {key: '420324'})
				WHERE x.collaborationFundsFen = 120000000
				RETURN count(x)""")).isEqualTo(1);
		this.graphQl.document("""
				query($id: ID!) { sheetImport(id: $id) { rows(outcome: REFUSED) { edges { node {
				  reasons { header message } } } } } }""")
			.variable("id", imported.get("key"))
			.execute()
			.path("sheetImport.rows.edges[0].node.reasons[0].header")
			.entity(String.class)
			.isEqualTo("总投资");
		Map<String, Object> again = importOf(upload(this.http, file, "项目.xlsx", "projects", true));
		assertThat(again).as("the same sheet again changes nothing")
			.containsEntry("unchangedCount", 1)
			.containsEntry("newCount", 0);
	}

	@Test
	void transfers_exchanges_and_measurements_import_and_the_same_sheets_again_change_nothing() throws IOException {
		Map<String, String[][]> sheets = new java.util.LinkedHashMap<>();
		sheets.put("fund-transfers",
				new String[][] { { "协作计划", "拨出方", "接收方", "金额", "年份" },
						{ "南水北调中线京鄂对口协作", "北京市东城区", "十堰市竹溪县", "1200万元", "2024" },
						{ "南水北调中线京鄂对口协作", "北京市东城区", "十堰市竹溪县", "一千万", "2024" } });
		sheets.put("exchanges",
				new String[][] { { "协作计划", "交流类型", "派出方", "接收方", "数量", "单位", "开始日期" },
						{ "南水北调中线京鄂对口协作", "挂职", "北京市东城区", "竹溪县", "3人", "人", "2024-03" },
						{ "南水北调中线京鄂对口协作", "出国", "北京市东城区", "竹溪县", "3", "人", "2024-03" } });
		sheets.put("measurements", new String[][] { { "指标", "完成值", "截至日期" }, { "争取对口协作资金", "9.5亿元", "2024-12-31" },
				{ "没有这个指标", "1", "2024" } });
		for (Map.Entry<String, String[][]> sheet : sheets.entrySet()) {
			byte[] file = workbook(sheet.getValue());
			Map<String, Object> imported = importOf(
					upload(this.http, file, sheet.getKey() + ".xlsx", sheet.getKey(), true));
			assertThat(imported).as(sheet.getKey()).containsEntry("newCount", 1).containsEntry("refusedCount", 1);
			Map<String, Object> again = importOf(
					upload(this.http, file, sheet.getKey() + ".xlsx", sheet.getKey(), true));
			assertThat(again).as(sheet.getKey() + " again")
				.containsEntry("unchangedCount", 1)
				.containsEntry("newCount", 0);
		}
		assertThat(count("""
				MATCH (:Region {key: '110101'})<-[:FROM]-(t:FundTransfer {amountFen: 1200000000, yearStart: 2024})
				      -[:TO]->(:Region {key: '420324'})
				RETURN count(t)""")).isEqualTo(1);
		assertThat(count("MATCH (e:Exchange {kind: 'secondment', count: '3', periodStart: '2024-03'}) RETURN count(e)"))
			.isEqualTo(1);
		assertThat(count("""
				MATCH (:Target {key: 'tgt-d001-collaboration-funds'})<-[:AGAINST]-(m:Measurement {asOf: '2024-12-31'})
				WHERE m.value = '9.5' RETURN count(m)""")).as("9.5亿元 in a target counted in 亿元").isEqualTo(1);
	}

	private static byte[] workbook(String[][] rows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void a_preview_never_committed_is_removed_once_its_week_is_over() throws IOException {
		Actor chief = new Actor(COORDINATOR, true, Set.of(), Set.of());
		byte[] file = workbook(new String[][] { { "协作计划", "支援方", "受援方" }, { PROGRAMME, "东城区东四街道", "竹溪县龙坝镇" } });
		String old = this.imports.preview(chief, this.imports.read(chief, KIND, "旧.xlsx", file), Map.of(),
				SheetImports.Progress.NONE);
		this.driver.executableQuery("MATCH (i:SheetImport {key: $key}) SET i.uploadedAt = datetime() - duration('P8D')")
			.withParameters(Map.of("key", old))
			.execute();
		String fresh = this.imports.preview(chief, this.imports.read(chief, KIND, "新.xlsx", file), Map.of(),
				SheetImports.Progress.NONE);
		assertThat(this.reads.find(old)).isEmpty();
		assertThat(count("MATCH (r:ImportRow) WHERE r.key STARTS WITH '" + old + ":' RETURN count(r)")).isZero();
		assertThat(this.reads.find(fresh)).isPresent();
	}

	@Test
	void a_file_that_is_not_a_sheet_is_refused_by_name_and_writes_nothing() {
		long imports = count("MATCH (i:SheetImport) RETURN count(i)");
		Map<String, Object> answer = upload("%PDF-1.4 not a sheet".getBytes(), "名单.xlsx", false);
		assertThat(answer.get("sheetImport")).isNull();
		@SuppressWarnings("unchecked")
		Map<String, Object> error = ((List<Map<String, Object>>) answer.get("errors")).get(0);
		assertThat(error).containsEntry("field", "file").containsEntry("code", "NOT_XLSX");
		assertThat((String) error.get("message")).contains("名单.xlsx");
		assertThat(count("MATCH (i:SheetImport) RETURN count(i)")).isEqualTo(imports);
	}

	@Test
	void a_partner_with_a_read_token_may_neither_import_nor_read_imports() {
		WebTestClient partner = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.defaultHeaders((headers) -> headers.setBearerAuth(READ_TOKEN))
			.build();
		Map<String, Object> answer = upload(partner, "x".getBytes(), "x.xlsx", false);
		@SuppressWarnings("unchecked")
		Map<String, Object> error = ((List<Map<String, Object>>) answer.get("errors")).get(0);
		assertThat(error).containsEntry("code", "FORBIDDEN");
		this.graphQl = withToken(READ_TOKEN);
		this.graphQl.document("{ sheetImports { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
	}

	/** The template with ten rows under its example, two cells replaced if asked. */
	private static byte[] filled(byte[] template, int wrongRecipientRow, String recipient, int wrongDateRow,
			String date) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet data = workbook.getSheet(SheetTemplate.DATA);
			for (int i = 0; i < 10; i++) {
				Row row = data.createRow(i + 2);
				int number = i + 3;
				row.createCell(0).setCellValue(PROGRAMME);
				row.createCell(1).setCellValue("东城区" + SUPPORTERS.get(i));
				row.createCell(3)
					.setCellValue((number == wrongRecipientRow + 3) ? recipient : "竹溪县 " + RECIPIENTS.get(i));
				row.createCell(6).setCellValue((number == wrongDateRow + 3) ? date : "2021-05");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private Map<String, Object> upload(byte[] file, String name, boolean commit) {
		return upload(this.http, file, name, commit);
	}

	private static Map<String, Object> upload(WebTestClient client, byte[] file, String name, boolean commit) {
		return upload(client, file, name, KIND, commit);
	}

	private static Map<String, Object> upload(WebTestClient client, byte[] file, String name, String kind,
			boolean commit) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", file).filename(name).contentType(MediaType.APPLICATION_OCTET_STREAM);
		body.part("kind", kind);
		body.part("commit", String.valueOf(commit));
		return client.post()
			.uri("/api/imports")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> importOf(Map<String, Object> answer) {
		assertThat((List<?>) answer.get("errors")).as("errors").isEmpty();
		return (Map<String, Object>) answer.get("sheetImport");
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

}
