package vn.tiepdon.core.identity;

import java.util.Objects;

/**
 * An identity read from a CCCD chip: the same {@link IdentityDocument} as the QR gives (kind
 * {@link DocumentKind#CCCD_CHIP}), and the chip's extra DG13 fields.
 */
public record ChipIdentity(IdentityDocument document, ChipDetails details) {

    public ChipIdentity {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(details, "details");
        if (document.kind() != DocumentKind.CCCD_CHIP) {
            throw new IllegalArgumentException("a chip identity is of kind CCCD_CHIP, not " + document.kind());
        }
    }
}
