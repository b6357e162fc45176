package vn.tiepdon.app.demo;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.core.identity.BhytQrWriter;
import vn.tiepdon.core.identity.CccdQrWriter;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityDocument;

/**
 * The codes the demo's patients present: QR texts written from the simulator's demo people with
 * the same writers the tests round-trip, so the demo exercises the real parsers.
 */
public final class DemoCodes {
    /** Cards issued in 2021 (the chip CCCD rollout), or the day after birth for younger children. */
    private static final LocalDate CCCD_ISSUED = LocalDate.of(2021, 5, 10);

    private DemoCodes() {
    }

    /** The front QR of {@code p}'s chip CCCD (needs a full birth date). */
    public static String cccdQr(SimPerson p) {
        LocalDate born = p.dateOfBirth().fullDate().orElseThrow(
                () -> new IllegalArgumentException("a CCCD QR needs a full birth date"));
        LocalDate issued = cccdIssueDate(born);
        return CccdQrWriter.write(IdentityDocument.builder(DocumentKind.CCCD_QR)
                .idNumber(p.cccd()).fullName(p.fullName()).dateOfBirth(p.dateOfBirth()).sex(p.sex())
                .address(p.address()).issueDate(issued).build());
    }

    /** When the demo people's chip CCCDs were issued: 2021, or the day after birth for younger children. */
    public static LocalDate cccdIssueDate(LocalDate born) {
        return born.isBefore(CCCD_ISSUED) ? CCCD_ISSUED : born.plusDays(1);
    }

    /** The QR of {@code p}'s BHYT card (paper card or VssID). */
    public static String bhytQr(SimPerson p) {
        return bhytQr(p, p.fullName());
    }

    /** The QR of {@code p}'s BHYT card with {@code name} in its name field (a card written with a typo). */
    public static String bhytQr(SimPerson p, String name) {
        return BhytQrWriter.write(IdentityDocument.builder(DocumentKind.BHYT_QR)
                .cardNumber(p.cardNumber()).fullName(name).dateOfBirth(p.dateOfBirth()).sex(p.sex())
                .address(p.address()).registeredFacility(p.registeredFacility()).validFrom(p.validFrom())
                .validTo(p.validTo()).issueDate(p.validFrom().minusDays(15))
                .fiveYearDate(p.fiveYearDate().orElse(null)).build(), p.cardNumber().substring(5));
    }

    /** Labelled sample codes for the kiosk's on-screen virtual scanner. */
    public static List<Map.Entry<String, String>> kioskSamples() {
        return List.of(
                entry("CCCD QR · hợp lệ", cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD)),
                entry("BHYT QR · hợp lệ", bhytQr(DemoPopulation.ELIGIBLE_BY_CARD)),
                entry("BHYT QR · năm sinh", bhytQr(DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY)),
                entry("CCCD QR · thẻ hết hạn", cccdQr(DemoPopulation.EXPIRED_CARD)),
                entry("CCCD QR · thẻ mới (003)", cccdQr(DemoPopulation.OLD_CARD_EXPIRED_NEW_CARD)),
                entry("CCCD QR · quân đội (001)", cccdQr(DemoPopulation.MILITARY)),
                entry("CCCD QR · cổng BHXH chậm", cccdQr(DemoPopulation.GATEWAY_HANGS)),
                entry("QR hỏng", "079090001234|Nguyen|1990"));
    }

    private static Map.Entry<String, String> entry(String label, String code) {
        return new AbstractMap.SimpleImmutableEntry<>(label, code);
    }
}
