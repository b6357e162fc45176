package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;

class ApiJsonTest {
    private final JsonMapper json = ApiJson.create();

    static Stream<Object> everyDto() {
        return Stream.of(Samples.fullCheckin(), Samples.bareCheckin(), Samples.checkinResponse(),
                Samples.waitingTicket(1, "A001"), Samples.calledTicket(), Samples.lookup(), Samples.failedLookup(),
                Samples.stats(), Samples.setup(), Samples.unrecognised(), Samples.event(42),
                new ReceptionEvent(43, EventType.TICKET_CALLED, Samples.AT, Samples.calledTicket()),
                Samples.rerunLookup(), Samples.acceptedLookup(), Samples.rerunRequest(), Samples.auditEntry(),
                Samples.statsWithOverrides(), Samples.setupWithClinics(), Samples.clinicCheckin(),
                Samples.clinicTicket(), Samples.lookupCheckedElsewhere(), Samples.visitHistory(),
                Samples.unansweredHistory());
    }

    @Test
    void writesChecksByOtherFacilitiesAndReadsAnOlderServersLookupAsNone() throws Exception {
        JsonNode checked = json.readTree(json.writeValueAsString(Samples.lookupCheckedElsewhere()));
        String older = json.writeValueAsString(Samples.lookup()).replace(",\"otherFacilityChecks\":[]", "");

        assertThat(checked.at("/otherFacilityChecks/0/facilityCode").asText()).isEqualTo("79024");
        assertThat(checked.at("/otherFacilityChecks/0/checkedAt").asText()).isEqualTo("2026-11-21T07:05:00Z");
        assertThat(checked.at("/otherFacilityChecks/0/message").asText()).isEqualTo("Thẻ còn giá trị sử dụng");
        assertThat(checked.at("/otherFacilityChecks/1").has("message")).isFalse();
        assertThat(older).doesNotContain("otherFacilityChecks");
        assertThat(json.readValue(older, LookupView.class).otherFacilityChecks()).isEmpty();
        assertThat(json.readValue(older, LookupView.class)).isEqualTo(Samples.lookup());
    }

    @Test
    void writesAVisitHistoryWithLocalTimesAndLeavesMissingFieldsOut() throws Exception {
        JsonNode history = json.readTree(json.writeValueAsString(Samples.visitHistory()));
        JsonNode none = json.readTree(json.writeValueAsString(Samples.unansweredHistory()));

        assertThat(history.get("outcome").asText()).isEqualTo("ANSWERED");
        assertThat(history.get("code").asText()).isEqualTo("000");
        assertThat(history.get("lookupClass").asText()).isEqualTo("ELIGIBLE");
        assertThat(history.at("/visits/0/admittedAt").asText()).isEqualTo("2025-06-01T08:00:00");
        assertThat(history.at("/visits/0").has("dischargedAt")).isFalse();
        assertThat(history.at("/visits/1/dischargedAt").asText()).isEqualTo("2025-03-10T14:30:00");
        assertThat(history.at("/visits/1/diagnosis").asText()).isEqualTo("Viêm dạ dày");
        assertThat(history.has("historyGiven")).isFalse();
        assertThat(none.get("outcome").asText()).isEqualTo("NO_ANSWER:TIMEOUT");
        assertThat(none.has("code")).isFalse();
        assertThat(none.get("visits").size()).isZero();
    }

    @Test
    void writesAnOverrideBesideTheExistingLookupFieldsAndNothingForALookupNobodyFixed() throws Exception {
        JsonNode rerun = json.readTree(json.writeValueAsString(Samples.rerunLookup()));
        assertThat(rerun.at("/override/action").asText()).isEqualTo("RERUN");
        assertThat(rerun.at("/override/actor").asText()).isEqualTo("user:lan");
        assertThat(rerun.at("/override/reason").asText()).isEqualTo("Sai số CCCD");
        assertThat(rerun.at("/override/at").asText()).isEqualTo("2026-11-22T01:12:03Z");
        assertThat(rerun.get("rerunOf").asLong()).isEqualTo(8);
        assertThat(rerun.has("supersededBy")).isFalse();
        assertThat(json.readTree(json.writeValueAsString(Samples.acceptedLookup())).at("/override/cardNumber").asText())
                .isEqualTo("HS40********811");

        JsonNode plain = json.readTree(json.writeValueAsString(Samples.lookup()));
        assertThat(plain.has("override")).isFalse();
        assertThat(plain.has("rerunOf")).isFalse();
        assertThat(plain.has("fixable")).isFalse();
        assertThat(json.readTree(json.writeValueAsString(Samples.calledTicket())).has("lookupFixable")).isFalse();
        JsonNode success = json.readTree(json.writeValueAsString(Samples.statsWithOverrides()));
        assertThat(success.has("totals")).isFalse();
        assertThat(success.get("byCode").get("061").has("counts")).isFalse();
        assertThat(success.get("byDay").get("2026-11-22").get("failed").asLong()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("everyDto")
    void roundTripsEveryDtoUnchanged(Object dto) throws Exception {
        String text = json.writeValueAsString(dto);

        assertThat(json.readValue(text, dto.getClass())).isEqualTo(dto);
    }

    @Test
    void leavesEmptyOptionalsOutOfTheJson() throws Exception {
        JsonNode bare = json.readTree(json.writeValueAsString(Samples.bareCheckin()));
        JsonNode ticket = json.readTree(json.writeValueAsString(Samples.waitingTicket(1, "A001")));

        assertThat(bare.has("birthYear")).isFalse();
        assertThat(bare.has("queueId")).isFalse();
        assertThat(ticket.has("calledAt")).isFalse();
        assertThat(ticket.has("counterId")).isFalse();
        assertThat(ticket.has("counterName")).isFalse();
        assertThat(ticket.has("patientName")).isFalse();
        assertThat(ticket.has("lookup")).isFalse();
    }

    @Test
    void writesPresentOptionalsAsPlainValues() throws Exception {
        JsonNode full = json.readTree(json.writeValueAsString(Samples.fullCheckin()));

        assertThat(full.get("birthYear").intValue()).isEqualTo(1980);
        assertThat(full.get("queueId").textValue()).isEqualTo("bhyt");
        assertThat(full.get("method").textValue()).isEqualTo("TYPED");
    }

    @Test
    void writesInstantsAndDatesAsIsoStrings() throws Exception {
        JsonNode ticket = json.readTree(json.writeValueAsString(Samples.calledTicket()));
        JsonNode stats = json.readTree(json.writeValueAsString(Samples.stats()));

        assertThat(ticket.get("issuedAt").textValue()).isEqualTo("2026-11-22T01:02:03Z");
        assertThat(ticket.get("calledAt").textValue()).isEqualTo("2026-11-22T01:03:03Z");
        assertThat(ticket.get("lookup").get("at").textValue()).isEqualTo("2026-11-22T01:02:03Z");
        assertThat(stats.get("from").textValue()).isEqualTo("2026-11-01");
        assertThat(stats.get("to").textValue()).isEqualTo("2026-11-30");
    }

    @Test
    void readsMissingOptionalsAsEmptyAndIgnoresUnknownFields() throws Exception {
        String text = """
                {"kioskId":"kiosk-9","method":"CHIP","code":"079...","addedLater":{"x":1}}""";

        CheckinRequest request = json.readValue(text, CheckinRequest.class);

        assertThat(request.birthYear()).isEmpty();
        assertThat(request.queueId()).isEmpty();
        assertThat(request.kioskId()).isEqualTo("kiosk-9");
    }

    @Test
    void writesTheClinicAndReadsAnOlderServersSetupAsNoChoices() throws Exception {
        JsonNode ticket = json.readTree(json.writeValueAsString(Samples.clinicTicket()));
        String older = """
                {"hospitalCode":"79001","hospitalName":"BV","queues":[],"counters":[]}""";

        SetupView setup = json.readValue(older, SetupView.class);

        assertThat(ticket.get("clinic").get("room").textValue()).isEqualTo("Phòng 101 – Tầng 1");
        assertThat(json.readTree(json.writeValueAsString(Samples.clinicCheckin())).get("clinicId").textValue())
                .isEqualTo("noi");
        assertThat(setup.clinics()).isEmpty();
        assertThat(setup.kioskRegistration()).isFalse();
        assertThat(setup.feePayingQueueId()).isEmpty();
    }

    @Test
    void readsTheServerEventExampleOfTheApiDocument() throws Exception {
        String text = """
                {"id":42,"type":"ticket.called","at":"2026-11-22T01:02:03Z","ticket":{"id":3,"number":"A003",
                "queueId":"bhyt","queueName":"Khám BHYT","status":"CALLED","issuedAt":"2026-11-22T01:00:00Z",
                "calledAt":"2026-11-22T01:02:03Z","counterId":"c1","counterName":"Quầy 1"}}""";

        ReceptionEvent event = json.readValue(text, ReceptionEvent.class);

        assertThat(event.id()).isEqualTo(42);
        assertThat(event.at()).isEqualTo(Samples.AT);
        TicketView ticket = event.ticket().orElseThrow();
        assertThat(ticket.calledAt()).contains(Samples.AT);
        assertThat(ticket.counterName()).contains("Quầy 1");
        assertThat(ticket.patientName()).isEmpty();
        assertThat(ticket.lookup()).isEmpty();
    }
}
