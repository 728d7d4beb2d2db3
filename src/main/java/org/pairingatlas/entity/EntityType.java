package org.pairingatlas.entity;

/**
 * One kind of node in the graph.
 *
 * @param label the node label (every entity also carries {@code Entity} and a unique
 * {@code key})
 * @param graphQlType the GraphQL type that shows it
 * @param chinese its name in Chinese, as coordinators say it
 * @param english its name in English
 * @param colour its fill in the explorer and the legend
 * @param shape its shape in the explorer
 * @param searchable whether search finds it by name (in Chinese, English and pinyin)
 * @param module the feature module that owns it
 */
public record EntityType(String label, String graphQlType, String chinese, String english, String colour, String shape,
		boolean searchable, String module) {

	/** Its name in the language asked for. */
	public String name(boolean english) {
		return english ? this.english : this.chinese;
	}

}
