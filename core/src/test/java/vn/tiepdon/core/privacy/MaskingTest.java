package vn.tiepdon.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksACccdNumberKeepingFirstFourAndLastThree() {
        assertThat(Masking.number("079012345234")).isEqualTo("0790*****234");
    }

    @Test
    void masksABhytCardNumber() {
        assertThat(Masking.number("HC4010123456789")).isEqualTo("HC40********789");
    }

    @Test
    void masksShortValuesWhole() {
        assertThat(Masking.number("12345")).isEqualTo("*****");
        assertThat(Masking.number("")).isEmpty();
        assertThat(Masking.number(null)).isEmpty();
    }

    @Test
    void masksANameToInitials() {
        assertThat(Masking.name("Nguyễn Văn An")).isEqualTo("N***** V** A*");
        assertThat(Masking.name("  ")).isEmpty();
    }

    @Test
    void masksEveryPersonalNumberInFreeText() {
        String line = "lookup key=079090001234 card=HC4010123456789 bhxh=0123456789 cmnd=012345678 ticket=A001 port 8420";
        assertThat(Masking.numbersIn(line)).isEqualTo(
                "lookup key=0790*****234 card=HC40********789 bhxh=0123***789 cmnd=0123**678 ticket=A001 port 8420");
    }

    @Test
    void leavesTimestampsAndShortNumbersAlone() {
        String line = "2026-11-22T08:00:01 took 4000 ms, id 42, attempts 2";
        assertThat(Masking.numbersIn(line)).isEqualTo(line);
    }
}
