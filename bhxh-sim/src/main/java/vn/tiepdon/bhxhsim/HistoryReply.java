package vn.tiepdon.bhxhsim;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the answers of {@code Lskcb2025} and places the population's checks elsewhere in the check
 * history, with the ages of {@link SimHistory} counted back from the simulator's creation.
 */
final class HistoryReply {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final Population population;
    private final ZonedDateTime start;

    HistoryReply(Population population, Clock clock) {
        this.population = population;
        this.start = ZonedDateTime.ofInstant(clock.instant(), CardReply.VIETNAM);
    }

    /** Records every check elsewhere of the population in {@code history}, oldest first per person. */
    void recordChecksElsewhere(CheckHistory history) {
        for (SimPerson p : population.people()) {
            for (SimHistory.CheckElsewhere c : population.historyOf(p).checksElsewhere()) {
                history.recordEarlier(p, c.account(), start.minus(c.ago()), c.message(), c.code());
            }
        }
    }

    /**
     * The answer for a verdict: {@code 000} with the visits when the person was found and matched (of
     * whatever card status), else the verdict's code and note with {@code dsLichSuKCB2025} null.
     */
    Map<String, Object> answer(CardCheck.Verdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (verdict.showCard() && verdict.subject().isPresent()) {
            SimPerson person = verdict.subject().get();
            out.put("maKetQua", "000");
            out.put("ghiChu", null);
            List<Map<String, Object>> visits = visits(person);
            out.put("dsLichSuKCB2025", visits.isEmpty() && SimHistory.emptyAnswersNull(person) ? null : visits);
        } else {
            out.put("maKetQua", verdict.code());
            out.put("ghiChu", verdict.note());
            out.put("dsLichSuKCB2025", null);
        }
        return out;
    }

    /** An answer with only a code and a note. */
    static Map<String, Object> bare(String code, String note) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("maKetQua", code);
        out.put("ghiChu", note);
        out.put("dsLichSuKCB2025", null);
        return out;
    }

    private List<Map<String, Object>> visits(SimPerson person) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SimHistory.Visit v : population.historyOf(person).visits()) {
            ZonedDateTime in = start.minus(v.admittedAgo());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("maHoSo", v.facility() + in.getYear() + String.format("%05d", v.serial()));
            item.put("maCSKCB", v.facility());
            item.put("ngayVao", in.format(MINUTE));
            item.put("ngayRa", in.plus(v.stay()).format(MINUTE));
            item.put("tenBenh", v.diagnosis());
            item.put("tinhTrang", v.dischargeStatus());
            item.put("kqDieuTri", v.result());
            item.put("lyDoVV", v.admissionReason());
            out.add(item);
        }
        return out;
    }

    /** When the simulator's history ages are counted from. */
    Instant start() {
        return start.toInstant();
    }
}
