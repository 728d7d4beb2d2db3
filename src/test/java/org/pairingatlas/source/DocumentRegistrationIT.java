package org.pairingatlas.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.pairingatlas.GraphQlTestSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators bring documents the seed lacks, pasted or uploaded (read with Apache
 * Tika); every later excerpt is checked against the document's text, a document is
 * registered once, and a file that is not what its name says is refused and nothing is
 * written.
 */
class DocumentRegistrationIT extends GraphQlTestSupport {

	private static final String AGREEMENT = """
			竹溪县蒋家堰镇与北京市密云区溪翁庄镇结对协议
			双方自2024年起结为友好乡镇，开展干部交流和产业合作。
			""";

	@Autowired
	Driver driver;

	private Map<String, Object> pasted(String title, String text) {
		Map<String, Object> input = new HashMap<>();
		input.put("kind", "agreement");
		input.put("title", title);
		input.put("issuer", "竹溪县蒋家堰镇人民政府");
		input.put("date", "2024-03");
		input.put("text", text);
		return input;
	}

	private long sources() {
		return this.driver.executableQuery("MATCH (s:Source) RETURN count(s) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private String registered(Map<String, Object> input) {
		var response = as(COORDINATOR).document("""
				mutation($input: RegisterDocumentInput!) {
				  registerDocument(input: $input) { document { key kind title text } errors { field code message } }
				}
				""").variable("input", input).execute();
		response.path("registerDocument.errors").entityList(Object.class).hasSize(0);
		return response.path("registerDocument.document.key").entity(String.class).get();
	}

	private Map<String, Object> pairingCiting(String document, String excerpt) {
		return pairingCiting("420324101", document, excerpt);
	}

	private Map<String, Object> pairingCiting(String recipient, String document, String excerpt) {
		Map<String, Object> input = new HashMap<>();
		input.put("programme", "jing-e");
		input.put("level", "township");
		input.put("kind", "relatives");
		input.put("supporter", "110118");
		input.put("recipient", recipient);
		input.put("source", Map.of("document", document, "excerpt", excerpt));
		return input;
	}

	@Test
	void a_pasted_document_is_cited_by_its_words_and_an_excerpt_it_lacks_is_refused() {
		String key = registered(pasted("蒋家堰镇结对协议", AGREEMENT));
		as(COORDINATOR).documentName("createPairing")
			.variable("input", pairingCiting(key, "北京市密云区溪翁庄镇结对协议 双方自2024年起结为友好乡镇"))
			.execute()
			.path("createPairing.errors")
			.entityList(Object.class)
			.hasSize(0);
		as(COORDINATOR).documentName("createPairing")
			.variable("input", pairingCiting(key, "双方自2014年起结为友好乡镇"))
			.execute()
			.path("createPairing.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_IN_SOURCE");
		this.graphQl.document("query($id: ID!) { document(id: $id) { text kind } }")
			.variable("id", key)
			.execute()
			.path("document.text")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("开展干部交流和产业合作"));
	}

	@Test
	void documents_are_found_by_words_of_their_text_the_seeds_and_registered_ones_alike() {
		String key = registered(pasted("溪翁庄镇结对协议", "密云区溪翁庄镇与竹溪县水坪镇签订结对帮扶协议，共建茶叶基地。"));
		this.graphQl.document("query($text: String!) { searchDocuments(text: $text) { document { key } passage } }")
			.variable("text", "共建茶叶基地")
			.execute()
			.path("searchDocuments[0].document.key")
			.entity(String.class)
			.isEqualTo(key);
		var seed = this.graphQl
			.document("query($text: String!) { searchDocuments(text: $text) { document { key } passage } }")
			.variable("text", "134个乡镇")
			.execute();
		seed.path("searchDocuments[*].document.key").entityList(String.class).contains("D001");
		seed.path("searchDocuments[?(@.document.key == 'D001')].passage")
			.entityList(String.class)
			.satisfies((passages) -> assertThat(passages.get(0)).contains("134个乡镇"));
	}

	@Test
	void the_same_document_twice_is_refused_naming_the_first() {
		String first = registered(pasted("重复的协议", "同一份文件的全文。"));
		long before = sources();
		as(COORDINATOR).document("""
				mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { errors { code message } } }
				""")
			.variable("input", pasted("重复的协议（再次）", "同一份文件的全文。"))
			.execute()
			.path("registerDocument.errors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains(first));
		assertThat(sources()).isEqualTo(before);
	}

	@Test
	void an_uploaded_docx_in_chinese_is_read_and_its_words_can_be_cited() throws IOException {
		JsonNode answer = upload(COORDINATOR, "jiangjiayan-list.docx", docx("蒋家堰镇结对名单：蒋家堰镇与溪翁庄镇结为“亲戚”。"), "list",
				"蒋家堰镇结对名单");
		assertThat(answer.path("errors").isEmpty()).as(answer.toString()).isTrue();
		String key = answer.at("/document/key").asString();
		assertThat(answer.at("/document/fileName").asString()).isEqualTo("jiangjiayan-list.docx");
		as(COORDINATOR).documentName("createPairing")
			.variable("input", pairingCiting("420324102", key, "蒋家堰镇与溪翁庄镇结为“亲戚”"))
			.execute()
			.path("createPairing.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void an_uploaded_pdf_is_read() throws IOException {
		JsonNode answer = upload(COORDINATOR, "minutes.pdf", pdf("Minutes of the 2024 pairing meeting"), "document",
				"Minutes");
		assertThat(answer.path("errors").isEmpty()).as(answer.toString()).isTrue();
		this.graphQl.document("query($id: ID!) { document(id: $id) { text } }")
			.variable("id", answer.at("/document/key").asString())
			.execute()
			.path("document.text")
			.entity(String.class)
			.satisfies((text) -> assertThat(text).contains("Minutes of the 2024 pairing meeting"));
	}

	@Test
	void an_uploaded_pdf_in_chinese_is_read_and_its_words_can_be_cited_and_words_it_lacks_are_refused()
			throws IOException {
		JsonNode answer = upload(COORDINATOR, "十堰市乡镇结对名单.pdf", chinesePdf("十堰市乡镇结对名单：竹溪县水坪镇与溪翁庄镇结为亲戚乡镇。"), "list",
				"十堰市乡镇结对名单");
		assertThat(answer.path("errors").isEmpty()).as(answer.toString()).isTrue();
		String key = answer.at("/document/key").asString();
		as(COORDINATOR).documentName("createPairing")
			.variable("input", pairingCiting("420324103", key, "竹溪县水坪镇与溪翁庄镇结为亲戚乡镇"))
			.execute()
			.path("createPairing.errors")
			.entityList(Object.class)
			.hasSize(0);
		as(COORDINATOR).documentName("createPairing")
			.variable("input", pairingCiting("420324105", key, "竹溪县泉溪镇与溪翁庄镇结为亲戚乡镇"))
			.execute()
			.path("createPairing.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_IN_SOURCE");
	}

	@Test
	void a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_written() throws IOException {
		long before = sources();
		JsonNode answer = upload(COORDINATOR, "plan.pdf", "这不是PDF文件".getBytes(StandardCharsets.UTF_8), "document",
				"伪装的文件");
		assertThat(answer.at("/errors/0/field").asString()).isEqualTo("file");
		assertThat(answer.at("/errors/0/message").asString()).contains(".pdf").contains("text/plain");
		JsonNode unsupported = upload(COORDINATOR, "tool.exe", new byte[] { 'M', 'Z', 0, 0 }, "document", "程序");
		assertThat(unsupported.at("/errors/0/message").asString()).contains("PDF, DOCX, XLSX, HTML or TXT");
		assertThat(sources()).isEqualTo(before);
	}

	@Test
	void a_partner_token_may_not_register_and_an_anonymous_upload_is_turned_away() throws IOException {
		long before = sources();
		WebTestClient client = client();
		JsonNode refused = client.post()
			.uri("/api/documents")
			.header("Authorization", bearer(READ_TOKEN))
			.body(BodyInserters
				.fromMultipartData(parts("a.txt", "一份文件".getBytes(StandardCharsets.UTF_8), "list", "名单")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused.at("/errors/0/code").asString()).isEqualTo("FORBIDDEN");
		client.post()
			.uri("/api/documents")
			.body(BodyInserters
				.fromMultipartData(parts("a.txt", "一份文件".getBytes(StandardCharsets.UTF_8), "list", "名单")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(sources()).isEqualTo(before);
	}

	private JsonNode upload(String coordinator, String name, byte[] content, String kind, String title) {
		return client().post()
			.uri("/api/documents")
			.header("Authorization", basic(coordinator))
			.body(BodyInserters.fromMultipartData(parts(name, content, kind, title)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient client() {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

	private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> parts(
			String name, byte[] content, String kind, String title) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		});
		body.part("kind", kind);
		body.part("title", title);
		return body.build();
	}

	private static byte[] docx(String paragraph) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(paragraph);
			document.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * A PDF as Chinese government offices have long made them: its text in a predefined
	 * Chinese font (STSong-Light, UCS-2 codes), the font not embedded, so no Chinese font
	 * is needed to write it or to read it.
	 */
	private static byte[] chinesePdf(String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			COSDictionary info = new COSDictionary();
			info.setString(COSName.REGISTRY, "Adobe");
			info.setString(COSName.ORDERING, "GB1");
			info.setInt(COSName.SUPPLEMENT, 4);
			COSDictionary descriptor = new COSDictionary();
			descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
			descriptor.setName(COSName.FONT_NAME, "STSong-Light");
			descriptor.setInt(COSName.FLAGS, 6);
			COSDictionary cidFont = new COSDictionary();
			cidFont.setItem(COSName.TYPE, COSName.FONT);
			cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
			cidFont.setName(COSName.BASE_FONT, "STSong-Light");
			cidFont.setItem(COSName.CIDSYSTEMINFO, info);
			cidFont.setItem(COSName.FONT_DESC, descriptor);
			COSDictionary font = new COSDictionary();
			font.setItem(COSName.TYPE, COSName.FONT);
			font.setItem(COSName.SUBTYPE, COSName.TYPE0);
			font.setName(COSName.BASE_FONT, "STSong-Light");
			font.setName(COSName.ENCODING, "UniGB-UCS2-H");
			COSArray descendants = new COSArray();
			descendants.add(cidFont);
			font.setItem(COSName.DESCENDANT_FONTS, descendants);
			COSDictionary fonts = new COSDictionary();
			fonts.setItem(COSName.getPDFName("F1"), font);
			COSDictionary resources = new COSDictionary();
			resources.setItem(COSName.FONT, fonts);
			PDPage page = new PDPage();
			page.setResources(new PDResources(resources));
			StringBuilder codes = new StringBuilder();
			line.chars().forEach((c) -> codes.append(String.format("%04X", c)));
			PDStream content = new PDStream(document);
			try (java.io.OutputStream stream = content.createOutputStream()) {
				stream.write(("BT /F1 12 Tf 72 700 Td <" + codes + "> Tj ET").getBytes(StandardCharsets.US_ASCII));
			}
			page.setContents(content);
			document.addPage(page);
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] pdf(String line) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
