package org.pairingatlas.sheet;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pairingatlas.base.edit.UserError;
import org.pairingatlas.base.ui.Language;
import org.pairingatlas.base.ui.Translations;

/**
 * The answer to an import's upload, commit or rollback, through GraphQL and the upload
 * endpoint alike: the import as it now stands, or why it was refused.
 *
 * @param sheetImport the import, if one was made
 * @param errors why it was refused
 */
public record ImportPayload(@Nullable ImportView sheetImport, List<UserError> errors) {

	/**
	 * A refusal as an error: its code from its reason (zipBomb: ZIP_BOMB), in English.
	 */
	static ImportPayload refused(String field, SheetRefused refused, Translations words) {
		String key = refused.reason().key();
		String code = key.substring(key.lastIndexOf('.') + 1)
			.replaceAll("([a-z])([A-Z])", "$1_$2")
			.toUpperCase(Locale.ROOT);
		return new ImportPayload(null,
				List.of(new UserError(field, null, code, refused.reason().in(words, Language.ENGLISH))));
	}

}
