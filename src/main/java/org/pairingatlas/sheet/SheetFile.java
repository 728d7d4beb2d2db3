package org.pairingatlas.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded XLSX file as a stream with Apache POI's event model: the sheet's XML
 * is parsed as it unpacks, never held whole, and reading stops at the first limit passed
 * (file size, unpacked size, rows, columns). Cells come out as their text: a date cell as
 * its ISO date, a number as written without its display format, a formula as its stored
 * value, full-width digits and spaces folded; merged cells give their value to every cell
 * they cover.
 */
public final class SheetFile {

	/** The names of the template's data sheet, in the order they are looked for. */
	static final List<String> DATA_SHEET_NAMES = List.of("数据 data", "数据", "data");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200b-\\u200f\\u2060\\ufeff]");

	private final SheetLimits limits;

	public SheetFile(SheetLimits limits) {
		this.limits = limits;
	}

	/**
	 * Reads the workbook's data sheet: the template's, or else the first sheet not
	 * hidden.
	 * @throws SheetRefused naming what is wrong with the file
	 */
	public Sheet read(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new SheetRefused(Reason.of("sheet.refusal.emptyFile"));
		}
		if (content.length > this.limits.maxFileBytes()) {
			throw new SheetRefused(Reason.of("sheet.refusal.fileTooLarge", this.limits.maxFileBytes() / 1_048_576));
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xls") || lower.endsWith(".csv") || lower.endsWith(".ods")) {
			throw new SheetRefused(Reason.of("sheet.refusal.saveAsXlsx", fileName));
		}
		if (!isZip(content)) {
			throw new SheetRefused(Reason.of("sheet.refusal.notXlsx", fileName));
		}
		guardUnpacking();
		try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(workbook);
			Map<String, Boolean> sheets = sheetsVisible(reader);
			String chosen = choose(sheets);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (iterator.hasNext()) {
				try (InputStream sheet = iterator.next()) {
					if (iterator.getSheetName().equals(chosen)) {
						List<SheetRow> rows = rows(sheet, strings, styles);
						List<String> ignored = sheets.keySet().stream().filter((n) -> !n.equals(chosen)).toList();
						return new Sheet(chosen, rows, ignored);
					}
				}
			}
			throw new SheetRefused(Reason.of("sheet.refusal.noSheet"));
		}
		catch (SheetRefused refused) {
			throw refused;
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			throw new SheetRefused(unreadable(fileName, ex));
		}
	}

	private static Reason unreadable(String fileName, Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SheetLimitPassed passed) {
				return passed.reason;
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max entry size") || message.contains("MAX_ENTRY_SIZE")
					|| message.contains("exceeds the maximum")) {
				return Reason.of("sheet.refusal.zipBomb", fileName);
			}
		}
		return Reason.of("sheet.refusal.notXlsx", fileName);
	}

	// POI's guards against zip bombs are process-wide settings; every reader asks for the
	// same ones, so setting them each time is harmless.
	private void guardUnpacking() {
		ZipSecureFile.setMinInflateRatio(0.005);
		ZipSecureFile.setMaxEntrySize(this.limits.maxUnpackedBytes());
		ZipSecureFile.setMaxTextSize(this.limits.maxUnpackedBytes());
	}

	private static boolean isZip(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static String choose(Map<String, Boolean> sheets) {
		for (String wanted : DATA_SHEET_NAMES) {
			for (Map.Entry<String, Boolean> sheet : sheets.entrySet()) {
				if (sheet.getValue() && sheet.getKey().strip().equalsIgnoreCase(wanted)) {
					return sheet.getKey();
				}
			}
		}
		return sheets.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new SheetRefused(Reason.of("sheet.refusal.noSheet")));
	}

	/** The workbook's sheets in order, each with whether it is visible. */
	private static Map<String, Boolean> sheetsVisible(XSSFReader reader)
			throws IOException, OpenXML4JException, SAXException {
		Map<String, Boolean> sheets = new LinkedHashMap<>();
		try (InputStream workbook = reader.getWorkbookData()) {
			parse(workbook, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("sheet".equals(localName) && attributes.getValue("name") != null) {
						String state = attributes.getValue("state");
						sheets.put(attributes.getValue("name"), state == null || "visible".equals(state));
					}
				}
			});
		}
		return sheets;
	}

	private List<SheetRow> rows(InputStream sheet, ReadOnlySharedStringsTable strings, StylesTable styles)
			throws IOException, SAXException {
		SheetXml handler = new SheetXml(strings, styles);
		parse(sheet, handler);
		return handler.rows();
	}

	private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
		try {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(xml));
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A cell's text as a coordinator means it: full-width letters, digits and spaces
	 * folded to their ordinary forms, invisible characters dropped, runs of spaces made
	 * one, and stripped.
	 */
	public static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = INVISIBLE.matcher(folded).replaceAll("");
		return SPACES.matcher(folded).replaceAll(" ").strip();
	}

	/** Thrown from inside the XML parser when a limit is passed. */
	private static final class SheetLimitPassed extends SAXException {

		private final transient Reason reason;

		SheetLimitPassed(Reason reason) {
			super(reason.key());
			this.reason = reason;
		}

	}

	/** The sheet's XML, read as it streams: rows, cells and merged areas. */
	private final class SheetXml extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final StylesTable styles;

		private final TreeMap<Integer, SheetRow> rows = new TreeMap<>();

		private final List<int[]> merges = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		private int row;

		private boolean rowHidden;

		private final Map<Integer, String> rowCells = new HashMap<>();

		private final Map<Integer, Reason> rowProblems = new HashMap<>();

		private int nextRow = 1;

		private int column;

		private int nextColumn;

		private @Nullable String type;

		private int style;

		private boolean formula;

		private boolean hasValue;

		private boolean inValue;

		private boolean inInlineText;

		SheetXml(ReadOnlySharedStringsTable strings, StylesTable styles) {
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "row" -> startRow(attributes);
				case "c" -> startCell(attributes);
				case "v" -> {
					this.inValue = true;
					this.hasValue = true;
					this.text.setLength(0);
				}
				case "is" -> {
					this.hasValue = true;
					this.text.setLength(0);
				}
				case "t" -> this.inInlineText = "inlineStr".equals(this.type);
				case "f" -> this.formula = true;
				case "mergeCell" -> merge(attributes.getValue("ref"));
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if ((this.inValue || this.inInlineText) && this.text.length() <= SheetFile.this.limits.maxCellChars()) {
				this.text.append(ch, start, Math.min(length, SheetFile.this.limits.maxCellChars() + 1));
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v" -> this.inValue = false;
				case "t" -> this.inInlineText = false;
				case "c" -> endCell();
				case "row" -> endRow();
				default -> {
				}
			}
		}

		private void startRow(Attributes attributes) throws SheetLimitPassed {
			String number = attributes.getValue("r");
			this.row = (number != null) ? Integer.parseInt(number) : this.nextRow;
			this.nextRow = this.row + 1;
			this.nextColumn = 0;
			String hidden = attributes.getValue("hidden");
			this.rowHidden = "1".equals(hidden) || "true".equals(hidden);
			this.rowCells.clear();
			this.rowProblems.clear();
			if (this.rows.size() > SheetFile.this.limits.maxRows()) {
				throw new SheetLimitPassed(Reason.of("sheet.refusal.tooManyRows", SheetFile.this.limits.maxRows()));
			}
		}

		private void startCell(Attributes attributes) throws SheetLimitPassed {
			String reference = attributes.getValue("r");
			this.column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
			this.nextColumn = this.column + 1;
			if (this.column >= SheetFile.this.limits.maxColumns()) {
				throw new SheetLimitPassed(
						Reason.of("sheet.refusal.tooManyColumns", SheetFile.this.limits.maxColumns()));
			}
			this.type = attributes.getValue("t");
			String styleIndex = attributes.getValue("s");
			this.style = (styleIndex != null) ? Integer.parseInt(styleIndex) : -1;
			this.formula = false;
			this.hasValue = false;
			this.text.setLength(0);
		}

		private void endCell() {
			if (!this.hasValue) {
				if (this.formula) {
					this.rowProblems.put(this.column, Reason.of("sheet.refusal.formulaWithoutValue"));
				}
				return;
			}
			String raw = this.text.toString();
			String value;
			if ("s".equals(this.type)) {
				value = this.strings.getItemAt(Integer.parseInt(raw.strip())).getString();
			}
			else if ("e".equals(this.type)) {
				this.rowProblems.put(this.column, Reason.of("sheet.refusal.errorValue", raw));
				return;
			}
			else if ("b".equals(this.type)) {
				value = "1".equals(raw.strip()) ? "true" : "false";
			}
			else if (this.type == null || "n".equals(this.type)) {
				value = number(raw.strip());
			}
			else {
				value = raw;
			}
			String normalised = normalise(value);
			if (!normalised.isEmpty()) {
				this.rowCells.put(this.column, normalised);
			}
		}

		/** A number as written, or its date where the cell is formatted as a date. */
		private String number(String raw) {
			if (raw.isEmpty()) {
				return raw;
			}
			try {
				double number = Double.parseDouble(raw);
				if (this.style >= 0 && isDateStyle(this.style) && DateUtil.isValidExcelDate(number)) {
					return DateUtil.getLocalDateTime(number).toLocalDate().toString();
				}
				return new BigDecimal(raw).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return raw;
			}
		}

		private boolean isDateStyle(int index) {
			return this.dateStyles.computeIfAbsent(index, (i) -> {
				if (i >= this.styles.getNumCellStyles()) {
					return false;
				}
				XSSFCellStyle cellStyle = this.styles.getStyleAt(i);
				return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			});
		}

		private void endRow() {
			if (this.rowCells.isEmpty() && this.rowProblems.isEmpty()) {
				return;
			}
			int width = 0;
			for (int c : this.rowCells.keySet()) {
				width = Math.max(width, c + 1);
			}
			for (int c : this.rowProblems.keySet()) {
				width = Math.max(width, c + 1);
			}
			String[] cells = new String[width];
			this.rowCells.forEach((c, v) -> cells[c] = v);
			this.rows.put(this.row, new SheetRow(this.row, cells, this.rowHidden, Map.copyOf(this.rowProblems)));
		}

		private void merge(@Nullable String reference) throws SheetLimitPassed {
			if (reference == null || !reference.contains(":")) {
				return;
			}
			String[] corners = reference.split(":");
			CellReference first = new CellReference(corners[0]);
			CellReference last = new CellReference(corners[1]);
			this.merges.add(new int[] { first.getRow() + 1, first.getCol(), last.getRow() + 1,
					Math.min(last.getCol(), SheetFile.this.limits.maxColumns() - 1) });
		}

		/** The rows read, merged areas filled with their first cell's value. */
		List<SheetRow> rows() {
			for (int[] merge : this.merges) {
				SheetRow origin = this.rows.get(merge[0]);
				String value = (origin != null) ? origin.cell(merge[1]) : null;
				if (value == null) {
					continue;
				}
				for (int number : List.copyOf(this.rows.subMap(merge[0], true, merge[2], true).keySet())) {
					for (int c = merge[1]; c <= merge[3]; c++) {
						if (this.rows.get(number).cell(c) == null) {
							fill(number, c, value);
						}
					}
				}
			}
			return List.copyOf(this.rows.values());
		}

		private void fill(int number, int column, String value) {
			SheetRow row = this.rows.get(number);
			String[] cells = row.cells();
			if (column >= cells.length) {
				cells = java.util.Arrays.copyOf(cells, column + 1);
				this.rows.put(number, new SheetRow(number, cells, row.hidden(), row.problems()));
			}
			cells[column] = value;
		}

	}

}
