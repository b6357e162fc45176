package vn.tiepdon.core.identity;

import java.util.Objects;
import java.util.Optional;

/** The outcome of reading a CCCD chip: read (with its passive authentication), or failed in a known way. */
public sealed interface ChipReadResult permits ChipReadResult.Read, ChipReadResult.Failed {

    /**
     * @param key          the key that opened the chip ({@link ChipAccessKey#basis()} says which candidate)
     * @param keyAttempts  keys tried, the successful one included
     * @param apdus        command APDUs sent for the whole read (0 for an in-process virtual card)
     * @param bytes        bytes sent and received in APDUs (for a virtual card: the file bytes read)
     * @param millis       wall time of the read
     * @param portrait     DG2's face image (JPEG or JPEG 2000) when it was asked for
     */
    record Read(ChipIdentity identity, PassiveAuthReport passiveAuth, AccessMethod access, ChipAccessKey key,
            int keyAttempts, int apdus, long bytes, long millis, Optional<byte[]> portrait) implements ChipReadResult {
        public Read {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(passiveAuth, "passiveAuth");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(portrait, "portrait");
        }
    }

    /** @param detail English, one line, for logs; never carries personal data */
    record Failed(ChipFailure failure, String detail) implements ChipReadResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
