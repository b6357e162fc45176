package vn.tiepdon.core.identity;

/**
 * A 12-digit CCCD number: {@code 0} + a 2-digit province code, then one digit for sex and
 * century of birth ({@code 0}/{@code 1} male/female born 1900-1999, {@code 2}/{@code 3}
 * 2000-2099, {@code 4}/{@code 5} 2100-2199 ...), then the last two digits of the birth year,
 * then six serial digits.
 */
record CccdNumber(String value) {

    static final int LENGTH = 12;

    /**
     * Validates the length, the digits and the province prefix. Any sex/century digit 0-9 is
     * accepted here; {@link #checkAgainst} ties it to a known birth date and sex.
     *
     * @param context the start of every rejection reason, e.g. {@code "CCCD number"}
     */
    static CccdNumber parse(String text, String context) throws Rejection {
        if (text.length() != LENGTH || !Digits.all(text)) {
            throw new Rejection(context + " must be 12 digits");
        }
        if (text.charAt(0) != '0') {
            throw new Rejection(context + ": digit 1 must be 0");
        }
        String province = text.substring(1, 3);
        if (!ProvinceCodes.isAdministrative(province)) {
            throw new Rejection(context + ": unknown province code " + province);
        }
        return new CccdNumber(text);
    }

    /** The digit a CCCD number carries in position 4 for this birth year and sex. */
    static int sexCenturyDigit(int birthYear, Sex sex) {
        return (birthYear / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
    }

    /**
     * Rejects a number whose digit 4 (sex, century) or digits 5-6 (birth year) disagree with the
     * birth date and sex read from the same code.
     */
    void checkAgainst(PartialDate birth, Sex sex, String context) throws Rejection {
        int actual = value.charAt(3) - '0';
        int expected = sexCenturyDigit(birth.year(), sex);
        if (actual / 2 != expected / 2) {
            throw new Rejection(context + ": digit 4 of the ID number (century of birth) does not match the birth date");
        }
        if (actual % 2 != expected % 2) {
            throw new Rejection(context + ": digit 4 of the ID number (sex) does not match the sex field");
        }
        if (Integer.parseInt(value.substring(4, 6)) != birth.year() % 100) {
            throw new Rejection(context + ": digits 5-6 of the ID number (birth year) do not match the birth date");
        }
    }
}
