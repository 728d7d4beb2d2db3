package org.pairingatlas.network;

import org.pairingatlas.base.graphql.compiled.InterfaceLookUp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code node(id)} answered by one compiled statement for the types that have a
 * projection, and by {@code Nodes} for the others.
 */
@Configuration(proxyBeanMethods = false)
class NodeLookUp {

	@Bean
	InterfaceLookUp nodeById() {
		return new InterfaceLookUp("node", "id", "Entity");
	}

}
