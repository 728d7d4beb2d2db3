package org.pairingatlas.pairing;

/**
 * Which side of a pairing a region or organisation is on.
 */
public enum PairingRole {

	SUPPORTER, RECIPIENT

}
