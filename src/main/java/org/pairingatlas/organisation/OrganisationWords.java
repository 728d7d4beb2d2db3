package org.pairingatlas.organisation;

import java.util.List;

import org.pairingatlas.sheet.Word;

/**
 * The kinds of organisation as sheets write them (医院, 卫生院, 学校, 企业, …).
 */
public final class OrganisationWords {

	public static final List<Word> KINDS = List.of(Word.of("government", "政府部门", "government", "政府", "机关", "党政机关"),
			Word.of("hospital", "医院", "hospital", "卫生院", "医疗机构"), Word.of("school", "学校", "school", "中学", "小学", "幼儿园"),
			Word.of("university", "高校", "university", "大学", "学院"), Word.of("enterprise", "企业", "enterprise", "公司"),
			Word.of("park", "园区", "park", "产业园"), Word.of("research", "科研机构", "research institute", "研究院", "研究所"),
			Word.of("other", "其他", "other"));

	private OrganisationWords() {
	}

}
