package org.pairingatlas.pairing;

import java.util.List;

import org.pairingatlas.organisation.OrganisationEdits;
import org.pairingatlas.sheet.PartyNames;
import org.pairingatlas.sheet.ProgrammeWords;
import org.pairingatlas.sheet.SheetKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sheets pairings are kept in, one per level. Each template's example row is a
 * pairing the seed holds with its source (an example left in a filled sheet is skipped,
 * never imported).
 */
@Configuration(proxyBeanMethods = false)
class PairingSheets {

	@Bean
	SheetKind countyPairingSheet(PairingEdits edits, OrganisationEdits organisations, PartyNames names,
			ProgrammeWords programmes) {
		return new PairingSheet("county", "district-county",
				List.of("南水北调中线京豫对口协作", "北京市西城区", "", "河南省邓州市", "", "区县结对", "2014-05", "", "进行中", "是", ""), edits,
				organisations, names, programmes);
	}

	@Bean
	SheetKind townshipPairingSheet(PairingEdits edits, OrganisationEdits organisations, PartyNames names,
			ProgrammeWords programmes) {
		return new PairingSheet("township", "relatives",
				List.of("南水北调中线京豫对口协作", "怀柔区北房镇", "", "卢氏县朱阳关镇", "", "结亲戚", "", "", "进行中", "是", ""), edits,
				organisations, names, programmes);
	}

	@Bean
	SheetKind institutionPairingSheet(PairingEdits edits, OrganisationEdits organisations, PartyNames names,
			ProgrammeWords programmes) {
		return new PairingSheet("institution", "hand-in-hand", List.of("南水北调中线京豫对口协作", "北京朝阳区白家庄小学", "北京市朝阳区",
				"淅川县渠首朝阳小学", "南阳市淅川县", "手拉手", "", "", "进行中", "是", "", "学校", "学校"), edits, organisations, names,
				programmes);
	}

}
