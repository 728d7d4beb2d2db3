package org.pairingatlas.trusted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.pairingatlas.base.graphql.ParsedDocuments;
import org.pairingatlas.base.graphql.RegisteredDocuments;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents partners registered, kept in the graph and in memory once used. A
 * document is parsed and validated against the schema when it is registered, refused with
 * what is wrong if it is not valid, and its parsed form handed to the cache of parsed
 * documents, so a request naming it is neither parsed nor validated again.
 */
@Service
public class TrustedDocuments implements RegisteredDocuments {

	/** Longest document accepted for registration. */
	static final int LONGEST = ParsedDocuments.LONGEST;

	private static final String FIND = """
			MATCH (d:TrustedDocument {id: $id})
			RETURN d.id AS id, d.document AS document, d.registeredBy AS registeredBy, d.operations AS operations
			""";

	private static final String OF = """
			MATCH (d:TrustedDocument)
			WHERE $partner IN d.registeredBy
			RETURN d.id AS id, d.document AS document, d.registeredBy AS registeredBy, d.operations AS operations
			ORDER BY d.registeredAt
			""";

	private static final String SAVE = """
			MERGE (d:TrustedDocument {id: $id})
			ON CREATE SET d.document = $document, d.operations = $operations, d.registeredBy = [],
			              d.registeredAt = datetime()
			SET d.registeredBy = CASE WHEN $partner IN d.registeredBy THEN d.registeredBy
			                          ELSE d.registeredBy + $partner END
			RETURN d.id AS id, d.document AS document, d.registeredBy AS registeredBy, d.operations AS operations
			""";

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final GraphQlSource graphQl;

	private final ParsedDocuments parsed;

	private final Map<String, TrustedDocument> known = new ConcurrentHashMap<>();

	TrustedDocuments(Neo4jClient client, PlatformTransactionManager transactions, GraphQlSource graphQl,
			ParsedDocuments parsed) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactions);
		this.graphQl = graphQl;
		this.parsed = parsed;
	}

	/**
	 * Registers a document for a partner; registering the same text again returns the
	 * same id. Refused, writing nothing, when it is empty, too long, not GraphQL, or not
	 * valid against the schema.
	 */
	public TrustedDocument register(String text, String partner) {
		if (text.isBlank()) {
			throw new InvalidDocument(List.of("the document is empty"));
		}
		if (text.length() > LONGEST) {
			throw new InvalidDocument(List.of("the document is longer than " + LONGEST + " characters"));
		}
		Document document;
		try {
			document = Parser.parse(text);
		}
		catch (InvalidSyntaxException ex) {
			throw new InvalidDocument(List.of(ex.getMessage()));
		}
		List<ValidationError> errors = new Validator().validateDocument(this.graphQl.schema(), document,
				Locale.ENGLISH);
		if (!errors.isEmpty()) {
			throw new InvalidDocument(errors.stream().map(ValidationError::getDescription).toList());
		}
		// The names of its operations are kept with it, so that reading it never parses
		// it.
		List<String> operations = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.map((operation) -> (operation.getName() != null) ? operation.getName() : "")
			.toList();
		TrustedDocument saved = this.transactions.execute((status) -> this.client.query(SAVE)
			.bindAll(Map.of("id", idOf(text), "document", text, "operations", operations, "partner", partner))
			.fetchAs(TrustedDocument.class)
			.mappedBy((types, row) -> of(row))
			.one()
			.orElseThrow());
		this.known.put(saved.id(), saved);
		this.parsed.remember(text, new PreparsedDocumentEntry(document));
		return saved;
	}

	/** The documents a partner registered, oldest first. */
	public List<TrustedDocument> of(String partner) {
		return List.copyOf(this.client.query(OF)
			.bind(partner)
			.to("partner")
			.fetchAs(TrustedDocument.class)
			.mappedBy((types, row) -> of(row))
			.all());
	}

	/** The registered document with this id, if any. */
	public Optional<TrustedDocument> find(String id) {
		TrustedDocument found = this.known.get(id);
		if (found != null) {
			return Optional.of(found);
		}
		Optional<TrustedDocument> read = this.client.query(FIND)
			.bind(id)
			.to("id")
			.fetchAs(TrustedDocument.class)
			.mappedBy((types, row) -> of(row))
			.one();
		read.ifPresent((document) -> this.known.put(id, document));
		return read;
	}

	@Override
	public Optional<String> text(String documentId) {
		return find(documentId).map(TrustedDocument::document);
	}

	/** {@code sha256:} and the hex SHA-256 of the text, as GraphQL over HTTP names it. */
	static String idOf(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static TrustedDocument of(org.neo4j.driver.Record row) {
		return new TrustedDocument(row.get("id").asString(), row.get("document").asString(),
				row.get("registeredBy").asList((v) -> v.asString()), row.get("operations").asList((v) -> v.asString()));
	}

}
