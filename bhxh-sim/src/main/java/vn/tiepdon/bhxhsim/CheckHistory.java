package vn.tiepdon.bhxhsim;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's log of lookups per person ({@code dsLichSuKT2018}), which every later lookup of
 * that person shows. Keeps the last {@value #KEEP} per person. Thread-safe.
 */
final class CheckHistory {

    static final int KEEP = 20;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private final Map<String, Deque<Map<String, Object>>> byPerson = new ConcurrentHashMap<>();

    /** Records an earlier lookup by another facility, before any lookup through the simulator. */
    void recordEarlier(SimPerson person, String user, ZonedDateTime when, String message, String code) {
        record(person, user, when, message, code);
    }

    /** Records one lookup and returns the person's history including it, oldest first. */
    List<Map<String, Object>> record(SimPerson person, String user, ZonedDateTime when, String message,
                                     String code) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("userKT", user);
        item.put("thoiGianKT", when.format(MINUTE));
        item.put("thongBao", message);
        item.put("maLoi", code);
        Deque<Map<String, Object>> checks = byPerson.computeIfAbsent(person.socialInsuranceNumber(),
                k -> new ArrayDeque<>());
        synchronized (checks) {
            checks.addLast(item);
            while (checks.size() > KEEP) {
                checks.removeFirst();
            }
            return new ArrayList<>(checks);
        }
    }
}
