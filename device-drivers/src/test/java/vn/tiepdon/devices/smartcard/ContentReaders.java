package vn.tiepdon.devices.smartcard;

final class ContentReaders {
    private ContentReaders() {
    }

    static ChipContentReader untrusted() {
        return new ChipContentReader(new PassiveAuthenticator(CscaTrustStore.none()), TestCards.CLOCK);
    }

    static ChipContentReader trustingOurCsca() {
        return new ChipContentReader(new PassiveAuthenticator(TestCards.ourCsca()), TestCards.CLOCK);
    }
}
