package org.pairingatlas.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import com.vaadin.flow.component.html.Span;
import org.pairingatlas.base.graphql.Connection;
import org.pairingatlas.base.graphql.InvalidInputException;
import org.pairingatlas.base.graphql.Page;

/**
 * Lazy lists over the paged services: the grid asks for any window, the services answer
 * at most {@link Page#MAX_SIZE} at a time; a CSV export walks every page with the same
 * filter and the same visibility as the grid.
 */
public final class Lists {

	private Lists() {
	}

	/** The items from {@code offset}, {@code limit} of them, fetched page by page. */
	public static <T> Stream<T> window(int offset, int limit, Function<Page, Connection<T>> find) {
		List<T> items = new ArrayList<>(limit);
		long at = offset;
		while (items.size() < limit) {
			int size = Math.min(Page.MAX_SIZE, limit - items.size());
			Connection<T> page = find.apply(new Page(at, size));
			page.edges().forEach((edge) -> items.add(edge.node()));
			if (!page.pageInfo().hasNextPage() || page.edges().isEmpty()) {
				break;
			}
			at += page.edges().size();
		}
		return items.stream();
	}

	/** How many items match. */
	public static int count(Function<Page, Connection<?>> find) {
		return (int) Math.min(Integer.MAX_VALUE, find.apply(new Page(0, 1)).totalCount());
	}

	/**
	 * How many items match, also written into {@code total}; a filter the service refuses
	 * matches nothing and {@code total} says why. The grid's count callback, so a refresh
	 * counts once.
	 */
	public static int count(Function<Page, Connection<?>> find, Span total) {
		try {
			int count = count(find);
			total.setText(total.getTranslation("list.total", count));
			return count;
		}
		catch (InvalidInputException ex) {
			total.setText(ex.getMessage());
			return 0;
		}
	}

	/**
	 * A CSV download (UTF-8 with a byte-order mark, so spreadsheet programs read the
	 * Chinese) of every matching item, one row each, made a page at a time.
	 */
	public static <T> DownloadHandler csv(String fileName, List<String> headers, Function<Page, Connection<T>> find,
			Function<List<T>, List<List<?>>> rows) {
		return DownloadHandler.fromInputStream((event) -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			bytes.write(0xEF);
			bytes.write(0xBB);
			bytes.write(0xBF);
			try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
					CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get())) {
				long at = 0;
				while (true) {
					Connection<T> page = find.apply(new Page(at, Page.MAX_SIZE));
					for (List<?> row : rows.apply(page.edges().stream().map(Connection.Edge::node).toList())) {
						printer.printRecord(row);
					}
					if (!page.pageInfo().hasNextPage() || page.edges().isEmpty()) {
						break;
					}
					at += page.edges().size();
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not write " + fileName, ex);
			}
			byte[] csv = bytes.toByteArray();
			return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv;charset=UTF-8", csv.length);
		});
	}

}
