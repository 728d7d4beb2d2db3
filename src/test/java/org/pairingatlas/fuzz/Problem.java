package org.pairingatlas.fuzz;

/**
 * One thing wrong with how a bad input was answered.
 *
 * @param reason what went wrong, the same words for every case it happens to (failures
 * are grouped by it)
 * @param detail this case's particulars
 */
record Problem(String reason, String detail) {

}
