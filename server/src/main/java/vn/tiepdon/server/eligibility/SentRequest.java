package vn.tiepdon.server.eligibility;

import java.util.Objects;

/**
 * What one gateway request sent, exactly as sent: the proof the hospital keeps of a lookup (on an
 * error the gateway usually returns no card, name or birth date). Holds personal data: stored,
 * never logged.
 *
 * @param cardKey   {@code maThe}
 * @param fullName  {@code hoTen} ("" when none was sent)
 * @param birthDate {@code ngaySinh} in the gateway's format ("" when none was sent)
 * @param account   the facility account the request was made with ({@code <code>_BV})
 * @param staffName {@code hoTenCb}: the staff member registered for lookups
 */
public record SentRequest(String cardKey, String fullName, String birthDate, String account, String staffName) {
    public SentRequest {
        Objects.requireNonNull(cardKey, "cardKey");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(staffName, "staffName");
    }

    @Override
    public String toString() {
        return "SentRequest[account=" + account + "]";
    }
}
