package org.pairingatlas.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;

/**
 * The kinds of value a Neo4j property holds (alone or as the elements of a list), each
 * with the name an export file gives it and an exact text form. Temporal values use the
 * ISO-8601 forms of {@link DateTimeFormatter} (a {@code DateTime} keeps its offset and,
 * where it has one, its zone id: {@code 2024-03-31T10:15:30+08:00[Asia/Shanghai]}); a
 * {@code Duration} is Neo4j's months, days and seconds with nanoseconds
 * ({@code P14M-3DT-0.500000000S}); a {@code Point} is EWKT with its SRID
 * ({@code SRID=4326;POINT(116.39 39.9)}, {@code SRID=9157;POINT Z(1.5 -2.25 0.5)}); a
 * float is Java's shortest exact form, {@code NaN} and {@code ±Infinity} included; bytes
 * are Base64.
 */
enum ValueKind {

	STRING("String", "string"), INTEGER("Integer", "long"), FLOAT("Float", "double"), BOOLEAN("Boolean", "boolean"),
	DATE("Date", "string"), DATE_TIME("DateTime", "string"), LOCAL_DATE_TIME("LocalDateTime", "string"),
	LOCAL_TIME("LocalTime", "string"), TIME("Time", "string"), DURATION("Duration", "string"), POINT("Point", "string"),
	BYTES("Bytes", "string"),
	/** The element kind of an empty list, whose element type Bolt does not tell. */
	NOTHING("Nothing", "string");

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private final String typeName;

	private final String graphMlType;

	ValueKind(String typeName, String graphMlType) {
		this.typeName = typeName;
		this.graphMlType = graphMlType;
	}

	/** The name of this kind in an export file, e.g. {@code LocalDateTime}. */
	String typeName() {
		return this.typeName;
	}

	/**
	 * The GraphML {@code attr.type} that holds this kind exactly, else {@code string}.
	 */
	String graphMlType() {
		return this.graphMlType;
	}

	static Optional<ValueKind> named(String typeName) {
		return Arrays.stream(values()).filter((kind) -> kind.typeName.equals(typeName)).findFirst();
	}

	/** The kind of a single (not list) value read from Neo4j. */
	static ValueKind of(Value value) {
		return Arrays.stream(values())
			.filter((kind) -> kind != NOTHING && value.hasType(kind.driverType()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"a value of type " + value.type().name() + " is not one an export can write"));
	}

	/** The value as the Java object the driver takes back as a parameter. */
	Object javaValue(Value value) {
		return switch (this) {
			case STRING -> value.asString();
			case INTEGER -> value.asLong();
			case FLOAT -> value.asDouble();
			case BOOLEAN -> value.asBoolean();
			case DATE -> value.asLocalDate();
			case DATE_TIME -> value.asZonedDateTime();
			case LOCAL_DATE_TIME -> value.asLocalDateTime();
			case LOCAL_TIME -> value.asLocalTime();
			case TIME -> value.asOffsetTime();
			case DURATION -> value.asIsoDuration();
			case POINT -> value.asPoint();
			case BYTES -> value.asByteArray();
			case NOTHING -> throw new IllegalStateException("no value is of kind Nothing");
		};
	}

	String format(Object value) {
		return switch (this) {
			case STRING -> (String) value;
			case INTEGER, FLOAT, BOOLEAN -> String.valueOf(value);
			case DATE -> DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
			case DATE_TIME -> DateTimeFormatter.ISO_ZONED_DATE_TIME.format((ZonedDateTime) value);
			case LOCAL_DATE_TIME -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value);
			case LOCAL_TIME -> DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value);
			case TIME -> DateTimeFormatter.ISO_OFFSET_TIME.format((OffsetTime) value);
			case DURATION -> Durations.format((IsoDuration) value);
			case POINT -> Points.format((Point) value);
			case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
			case NOTHING -> throw new IllegalStateException("no value is of kind Nothing");
		};
	}

	/**
	 * Reads the text form back.
	 * @throws IllegalArgumentException naming the text and this kind when it is not one
	 */
	Object parse(String text) {
		try {
			return switch (this) {
				case STRING -> text;
				case INTEGER -> Long.parseLong(text);
				case FLOAT -> Double.parseDouble(text);
				case BOOLEAN -> parseBoolean(text);
				case DATE -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
				case DATE_TIME -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
				case LOCAL_DATE_TIME -> LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
				case LOCAL_TIME -> LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME);
				case TIME -> OffsetTime.parse(text, DateTimeFormatter.ISO_OFFSET_TIME);
				case DURATION -> Durations.parse(text);
				case POINT -> Points.parse(text);
				case BYTES -> Base64.getDecoder().decode(text);
				case NOTHING -> throw new IllegalArgumentException("no value is of kind Nothing");
			};
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a " + this.typeName, ex);
		}
	}

	private static boolean parseBoolean(String text) {
		return switch (text) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException(text);
		};
	}

	private org.neo4j.driver.types.Type driverType() {
		return switch (this) {
			case STRING -> TYPES.STRING();
			case INTEGER -> TYPES.INTEGER();
			case FLOAT -> TYPES.FLOAT();
			case BOOLEAN -> TYPES.BOOLEAN();
			case DATE -> TYPES.DATE();
			case DATE_TIME -> TYPES.DATE_TIME();
			case LOCAL_DATE_TIME -> TYPES.LOCAL_DATE_TIME();
			case LOCAL_TIME -> TYPES.LOCAL_TIME();
			case TIME -> TYPES.TIME();
			case DURATION -> TYPES.DURATION();
			case POINT -> TYPES.POINT();
			case BYTES -> TYPES.BYTES();
			case NOTHING -> TYPES.NULL();
		};
	}

}
