package vn.tiepdon.core.identity;

/** How the reader opened the chip. Names are part of the {@code read-card} JSON contract. */
public enum AccessMethod {
    /** Password Authenticated Connection Establishment (the chip offers it in EF.CardAccess). */
    PACE,
    /** Basic Access Control (3DES), what CCCD chips use. */
    BAC
}
