package vn.tiepdon.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.devices.smartcard.CardHolder;
import vn.tiepdon.devices.smartcard.CardImage;
import vn.tiepdon.devices.smartcard.CccdCardBuilder;
import vn.tiepdon.devices.smartcard.ChipContentReader;
import vn.tiepdon.devices.smartcard.CscaTrustStore;
import vn.tiepdon.devices.smartcard.IssuingAuthority;
import vn.tiepdon.devices.smartcard.LdsFile;
import vn.tiepdon.devices.smartcard.PassiveAuthenticator;
import vn.tiepdon.devices.smartcard.VirtualCardReader;
import vn.tiepdon.kiosk.DemoButton;

/**
 * The demo's chip cards and virtual reader: a demo issuing authority (its CSCA is the reader's
 * trust store, so genuine cards verify VALID), a genuine card of an insured patient, and a card
 * of a serviceman whose DG13 was rewritten after signing (its name changed), which fails passive
 * authentication.
 */
public final class DemoCards implements AutoCloseable {
    private final VirtualCardReader reader;
    private final CardImage genuine;
    private final CardImage altered;

    private DemoCards(VirtualCardReader reader, CardImage genuine, CardImage altered) {
        this.reader = reader;
        this.genuine = genuine;
        this.altered = altered;
    }

    public static DemoCards create(Clock clock) {
        IssuingAuthority authority = IssuingAuthority.generate("Cục Cảnh sát QLHC về TTXH (demo)", 2026, clock);
        CccdCardBuilder builder = new CccdCardBuilder(authority);
        CardImage genuine = builder.build(holder(DemoPopulation.ELIGIBLE_BY_CCCD, DemoPopulation.ELIGIBLE_BY_CCCD
                .fullName()));
        SimPerson soldier = DemoPopulation.MILITARY;
        CardImage signed = builder.build(holder(soldier, soldier.fullName()));
        CardImage forged = builder.build(holder(soldier, soldier.fullName() + " Anh"));
        CardImage altered = signed.with(LdsFile.DG13, forged.file(LdsFile.DG13).orElseThrow());
        VirtualCardReader reader = new VirtualCardReader(new ChipContentReader(
                new PassiveAuthenticator(CscaTrustStore.of(List.of(authority.csca()))), clock));
        return new DemoCards(reader, genuine, altered);
    }

    private static CardHolder holder(SimPerson p, String name) {
        LocalDate born = p.dateOfBirth().fullDate().orElseThrow();
        return CardHolder.of(p.cccd(), name, born, p.sex(), p.address(), DemoCodes.cccdIssueDate(born));
    }

    public VirtualCardReader reader() {
        return reader;
    }

    /** The insured patient's genuine card ({@link DemoPopulation#ELIGIBLE_BY_CCCD}). */
    public CardImage genuine() {
        return genuine;
    }

    /** The serviceman's card ({@link DemoPopulation#MILITARY}) with DG13 altered after signing. */
    public CardImage altered() {
        return altered;
    }

    /** The kiosk's demo strip: place a card and scan its QR, take the card off, and the QR samples. */
    public List<DemoButton> kioskButtons() {
        List<DemoButton> buttons = new ArrayList<>();
        buttons.add(new DemoButton("Thẻ chip + QR · hợp lệ", Optional.of(() -> place(genuine)),
                Optional.of(DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD))));
        buttons.add(new DemoButton("Thẻ chip bị sửa + QR", Optional.of(() -> place(altered)),
                Optional.of(DemoCodes.cccdQr(DemoPopulation.MILITARY))));
        buttons.add(new DemoButton("Đặt thẻ chip (chưa quét)", Optional.of(() -> place(genuine)), Optional.empty()));
        for (Map.Entry<String, String> sample : DemoCodes.kioskSamples()) {
            buttons.add(new DemoButton(sample.getKey(), Optional.of(reader::remove), Optional.of(sample.getValue())));
        }
        return buttons;
    }

    private void place(CardImage card) {
        reader.remove();
        reader.insert(card);
    }

    @Override
    public void close() {
        reader.close();
    }
}
