package org.pairingatlas.search;

import org.pairingatlas.base.ui.component.NodeLookup;
import org.pairingatlas.entity.EntityTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the search box every page carries in its header finds: any node search finds by
 * name, in Chinese, pinyin or English.
 */
@Configuration(proxyBeanMethods = false)
class HeaderSearchConfiguration {

	@Bean
	NodeLookup headerSearch(NodeLookups lookups) {
		return lookups.of(EntityTypes.searchable());
	}

}
