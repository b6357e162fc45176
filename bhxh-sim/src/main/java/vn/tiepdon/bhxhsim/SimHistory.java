package vn.tiepdon.bhxhsim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the gateway knows of a person beyond their card: visits at facilities ({@code Lskcb2025},
 * {@code dsLichSuKCB2025}) and lookups of their card by other facilities' accounts
 * ({@code dsLichSuKT2018} of {@code KQNhanLichSuKCB2024}). Times are given as an age: how long before
 * the simulator was created (by its clock) the visit began or the check was made, so a population
 * built without a clock still has recent entries.
 *
 * @param visits          visits, oldest first; empty: no visit (answered {@code []} or {@code null},
 *                        see {@link #emptyAnswersNull})
 * @param checksElsewhere lookups by other facilities, oldest first
 */
public record SimHistory(List<Visit> visits, List<CheckElsewhere> checksElsewhere) {

    /** No visit and no check elsewhere. */
    public static final SimHistory NONE = new SimHistory(List.of(), List.of());

    private static final Pattern ACCOUNT = Pattern.compile("\\d{5}_BV");
    private static final Pattern FACILITY = Pattern.compile("[0-9A-Z]{5}");

    public SimHistory {
        visits = List.copyOf(visits);
        checksElsewhere = List.copyOf(checksElsewhere);
    }

    /** True when the person has a check by another facility (a possible concurrent visit). */
    public boolean checkedElsewhere() {
        return !checksElsewhere.isEmpty();
    }

    /**
     * How an empty visit history of this person is answered, deterministic by the person: {@code null}
     * when their 10-digit BHXH number ends in an odd digit, {@code []} when even (the real gateway
     * answers both).
     */
    public static boolean emptyAnswersNull(SimPerson person) {
        String number = person.socialInsuranceNumber();
        return (number.charAt(number.length() - 1) - '0') % 2 == 1;
    }

    /**
     * One visit ({@code dsLichSuKCB2025} item). {@code maHoSo} is answered as the facility code, the
     * admission year and the 5-digit {@code serial}.
     *
     * @param serial          the record's serial within the facility and year, 0–99999
     * @param facility        {@code maCSKCB}, 5 characters
     * @param admittedAgo     how long before the simulator's creation the visit began ({@code ngayVao})
     * @param stay            how long it lasted ({@code ngayRa} = {@code ngayVao} + stay)
     * @param diagnosis       {@code tenBenh}
     * @param dischargeStatus {@code tinhTrang}: 1 ra viện, 2 chuyển viện, 3 trốn viện, 4 xin ra viện
     * @param result          {@code kqDieuTri}: 1 khỏi, 2 đỡ, 3 không thay đổi, 4 nặng hơn, 5 tử vong
     * @param admissionReason {@code lyDoVV}: 1 đúng tuyến, 2 cấp cứu, 3 trái tuyến, 4 thông tuyến
     */
    public record Visit(int serial, String facility, Duration admittedAgo, Duration stay, String diagnosis,
                        String dischargeStatus, String result, String admissionReason) {
        public Visit {
            Objects.requireNonNull(facility, "facility");
            Objects.requireNonNull(admittedAgo, "admittedAgo");
            Objects.requireNonNull(stay, "stay");
            Objects.requireNonNull(diagnosis, "diagnosis");
            Objects.requireNonNull(dischargeStatus, "dischargeStatus");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(admissionReason, "admissionReason");
            if (serial < 0 || serial > 99_999) {
                throw new IllegalArgumentException("serial must be 0-99999");
            }
            if (!FACILITY.matcher(facility).matches()) {
                throw new IllegalArgumentException("facility must be 5 characters");
            }
            if (admittedAgo.isNegative() || stay.isNegative() || stay.compareTo(admittedAgo) > 0) {
                throw new IllegalArgumentException("a visit must have begun and ended before the simulator's start");
            }
        }
    }

    /**
     * One lookup of the person's card by another facility ({@code dsLichSuKT2018} item).
     *
     * @param account {@code userKT}, e.g. {@code 01999_BV}
     * @param ago     how long before the simulator's creation it was made ({@code thoiGianKT})
     * @param code    {@code maLoi}, the result code that facility got
     * @param message {@code thongBao}, the message it got
     */
    public record CheckElsewhere(String account, Duration ago, String code, String message) {
        public CheckElsewhere {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(ago, "ago");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            if (!ACCOUNT.matcher(account).matches()) {
                throw new IllegalArgumentException("account must be <5-digit facility code>_BV");
            }
            if (ago.isNegative()) {
                throw new IllegalArgumentException("ago must not be negative");
            }
        }
    }
}
