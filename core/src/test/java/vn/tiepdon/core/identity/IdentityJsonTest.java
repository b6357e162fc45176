package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_1;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_2;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.recognised;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class IdentityJsonTest {

    @Test
    void mapsACccdQrInContractOrder() {
        assertThat(IdentityJson.toMap(recognised(CCCD_QR))).containsExactly(
                entry("kind", "CCCD_QR"),
                entry("idNumber", "079195001234"),
                entry("oldIdNumber", "025123456"),
                entry("fullName", "Lê Thị Mai Anh"),
                entry("dateOfBirth", "1995-03-12"),
                entry("sex", "FEMALE"),
                entry("address", "Số 5 Lý Tự Trọng, Phường Bến Thành, TP Hồ Chí Minh"),
                entry("issueDate", "2021-04-20"),
                entry("field7", "ISSUE_DATE"));
    }

    @Test
    void mapsABhytQrInContractOrder() {
        assertThat(IdentityJson.toMap(recognised(BHYT_QR_EXAMPLE_1))).containsExactly(
                entry("kind", "BHYT_QR"),
                entry("fullName", "Nguyễn Văn A"),
                entry("dateOfBirth", "1994-03-05"),
                entry("sex", "MALE"),
                entry("address", "Số 12, Phường Bến Nghé, TP Hồ Chí Minh"),
                entry("issueDate", "2024-12-15"),
                entry("cardNumber", "HC4010123456789"),
                entry("benefitLevel", 4),
                entry("provinceCode", "01"),
                entry("socialInsuranceNumber", "0123456789"),
                entry("registeredFacility", "79024"),
                entry("validFrom", "2025-01-01"),
                entry("validTo", "2025-12-31"),
                entry("fiveYearDate", "2027-06-01"));
    }

    @Test
    void mapsAYearOnlyBirthAsFourDigitsAndLeavesAbsentFieldsOut() {
        assertThat(IdentityJson.toMap(recognised(BHYT_QR_EXAMPLE_2))).containsExactly(
                entry("kind", "BHYT_QR"),
                entry("fullName", "Trần Thị B"),
                entry("dateOfBirth", "1960"),
                entry("sex", "FEMALE"),
                entry("address", "Xã Hòa Bình, Tỉnh X"),
                entry("issueDate", "2024-12-20"),
                entry("cardNumber", "0123456789"),
                entry("socialInsuranceNumber", "0123456789"),
                entry("registeredFacility", "01013"),
                entry("validFrom", "2025-01-01"));
    }

    @Test
    void mapsACccdNumber() {
        assertThat(IdentityJson.toMap(recognised("079195001234"))).containsExactly(
                entry("kind", "CCCD_NUMBER"),
                entry("idNumber", "079195001234"));
    }

    @Test
    void mapsABhytNumber() {
        assertThat(IdentityJson.toMap(recognised("HC4010123456789"))).containsExactly(
                entry("kind", "BHYT_NUMBER"),
                entry("cardNumber", "HC4010123456789"),
                entry("benefitLevel", 4),
                entry("provinceCode", "01"),
                entry("socialInsuranceNumber", "0123456789"));
    }

    @Test
    void mapsTheBenefitLevelAsAnInteger() {
        assertThat(IdentityJson.toMap(recognised("HC4010123456789")).get("benefitLevel")).isInstanceOf(Integer.class);
    }

    @Test
    void serialisesToTheJsonContract() throws Exception {
        String json = new ObjectMapper().writeValueAsString(IdentityJson.toMap(recognised("HC4010123456789")));

        assertThat(json).isEqualTo("{\"kind\":\"BHYT_NUMBER\",\"cardNumber\":\"HC4010123456789\",\"benefitLevel\":4,"
                + "\"provinceCode\":\"01\",\"socialInsuranceNumber\":\"0123456789\"}");
    }

    @Test
    void serialisesAYearOnlyBirthAsAString() throws Exception {
        String json = new ObjectMapper().writeValueAsString(IdentityJson.toMap(recognised(BHYT_QR_EXAMPLE_2)));

        assertThat(json).contains("\"dateOfBirth\":\"1960\"").doesNotContain("validTo").doesNotContain("null");
    }
}
