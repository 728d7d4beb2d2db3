package org.pairingatlas.project;

/**
 * Sort orders for project lists; ties are broken by key.
 */
public enum ProjectSort {

	CATEGORY, NAME, START_YEAR, TOTAL_INVESTMENT

}
