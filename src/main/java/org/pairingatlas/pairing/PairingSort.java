package org.pairingatlas.pairing;

/**
 * Sort orders for pairing lists; ties are broken by key.
 */
public enum PairingSort {

	PROGRAMME, SUPPORTER, RECIPIENT, START_DATE

}
