package org.pairingatlas.sheet;

import java.util.List;

/**
 * An uploaded sheet as read: the sheet chosen from the workbook, its non-blank rows in
 * order (the header among them), and the sheets left unread.
 *
 * @param name the sheet's name
 * @param rows its rows holding anything, in order
 * @param ignoredSheets hidden or other sheets not read
 */
public record Sheet(String name, List<SheetRow> rows, List<String> ignoredSheets) {
}
