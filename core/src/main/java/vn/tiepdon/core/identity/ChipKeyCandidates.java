package vn.tiepdon.core.identity;

import java.util.List;

/**
 * The keys to try on a chip, in order; at most {@link ChipKeys#MAX_ATTEMPTS}, since every wrong
 * key costs one MUTUAL AUTHENTICATE (and some chips may count failures).
 */
public record ChipKeyCandidates(List<ChipAccessKey> keys) {

    public ChipKeyCandidates {
        keys = List.copyOf(keys);
        if (keys.isEmpty() || keys.size() > ChipKeys.MAX_ATTEMPTS) {
            throw new IllegalArgumentException("1 to " + ChipKeys.MAX_ATTEMPTS + " keys, got " + keys.size());
        }
    }

    public static ChipKeyCandidates of(ChipAccessKey key) {
        return new ChipKeyCandidates(List.of(key));
    }
}
