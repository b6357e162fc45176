package vn.tiepdon.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.LookupCategory;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.core.stats.QueueMeasures;

/**
 * Statistics as the server would give them for a range, generated lookup by lookup from a seed
 * (so every breakdown adds up): about 85 % answered, a few causes of failure, four kiosks, fewer
 * patients at the weekend, pending lookups only on the last day; queue waits longest in the
 * morning rush.
 */
final class AdminStatsData {
    static final List<String> KIOSKS = List.of("kiosk-sanh-A1", "kiosk-sanh-A2", "kiosk-sanh-B", "kiosk-cap-cuu");

    /** A result code, its class, meaning and weight among the lookups. */
    private record Code(String code, LookupClass lookupClass, String meaning, int weight) {
    }

    private static final List<Code> CODES = List.of(
            new Code("000", LookupClass.ELIGIBLE, "Thẻ còn giá trị sử dụng", 7440),
            new Code("001", LookupClass.ELIGIBLE_WITH_WARNING, "Thẻ còn giá trị, cần kiểm tra giấy tờ tùy thân", 300),
            new Code("003", LookupClass.ELIGIBLE_WITH_WARNING, "Thẻ mới cấp, còn giá trị sử dụng", 250),
            new Code("010", LookupClass.NOT_ELIGIBLE, "Thẻ hết giá trị sử dụng", 510),
            new Code("TIMEOUT", LookupClass.GATEWAY_ERROR, "Cổng BHXH không trả lời trong thời gian chờ", 560),
            new Code("060", LookupClass.FIXABLE_DATA_ERROR, "Sai họ tên so với dữ liệu BHXH", 330),
            new Code("070", LookupClass.FIXABLE_DATA_ERROR, "Sai ngày sinh so với dữ liệu BHXH", 210),
            new Code("UNREACHABLE", LookupClass.GATEWAY_ERROR, "Không kết nối được cổng BHXH", 160),
            new Code("051", LookupClass.FIXABLE_DATA_ERROR, "Mã thẻ không đúng", 130),
            new Code("TEMPORARY_CARD", LookupClass.TEMPORARY_CARD, "Thẻ tạm của trẻ sơ sinh: không gửi tra cứu", 110));

    private AdminStatsData() {
    }

    static LookupSuccess lookups(LocalDate from, LocalDate to, long seed) {
        Random random = new Random(seed);
        int total = CODES.stream().mapToInt(Code::weight).sum();
        Map<LocalDate, LookupCounts> byDay = new TreeMap<>();
        Map<CheckinMethod, LookupCounts> byMethod = new EnumMap<>(CheckinMethod.class);
        for (CheckinMethod m : CheckinMethod.values()) {
            byMethod.put(m, LookupCounts.ZERO);
        }
        Map<String, LookupCounts> byKiosk = new TreeMap<>();
        Map<String, LookupCounts> byCodeCounts = new TreeMap<>();
        Map<LookupClass, LookupCounts> byClass = new TreeMap<>();
        Map<LookupOverride.Action, Long> overriddenBy = new LinkedHashMap<>();
        LookupCounts all = LookupCounts.ZERO;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int patients = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 40 + random.nextInt(20)
                    : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 160 + random.nextInt(40) : 380 + random.nextInt(90);
            LookupCounts today = LookupCounts.ZERO;
            for (int i = 0; i < patients; i++) {
                CheckinMethod method = method(random.nextInt(100));
                String kiosk = KIOSKS.get(kiosk(random.nextInt(100)));
                Code code = pick(random.nextInt(total));
                // the chip's lookups fail less (no typing); kiosk B is on a weak network
                if (code.lookupClass() == LookupClass.FIXABLE_DATA_ERROR && method == CheckinMethod.CHIP
                        && random.nextInt(3) > 0) {
                    code = CODES.get(0);
                }
                if (kiosk.equals("kiosk-sanh-B") && random.nextInt(100) < 6) {
                    code = CODES.get(4);
                }
                boolean pending = day.equals(to) && code.lookupClass() == LookupClass.GATEWAY_ERROR
                        && random.nextInt(2) == 0;
                LookupCategory category = LookupCategory.of(code.lookupClass(), java.util.Optional.of(code.code()), pending);
                boolean eligible = code.lookupClass().isSuccess();
                LookupOverride.Action override = null;
                if (category == LookupCategory.FAILED && random.nextInt(100) < 75) {
                    int r = random.nextInt(100);
                    override = r < 50 ? LookupOverride.Action.RERUN : r < 75 ? LookupOverride.Action.ACCEPT_PAPER_CARD
                            : r < 88 ? LookupOverride.Action.ACCEPT_VSSID : LookupOverride.Action.FEE_PAYING;
                } else if (code.lookupClass() == LookupClass.NOT_ELIGIBLE && random.nextInt(2) == 0) {
                    override = LookupOverride.Action.FEE_PAYING;
                }
                boolean overridden = override != null;
                if (overridden) {
                    overriddenBy.merge(override, 1L, Long::sum);
                }
                today = today.plus(category, eligible, overridden, 1);
                byMethod.merge(method, one(category, eligible, overridden), LookupCounts::plus);
                byKiosk.merge(kiosk, one(category, eligible, overridden), LookupCounts::plus);
                byCodeCounts.merge(code.code(), one(category, eligible, overridden), LookupCounts::plus);
                byClass.merge(code.lookupClass(), one(category, eligible, overridden), LookupCounts::plus);
            }
            byDay.put(day, today);
            all = all.plus(today);
        }
        Map<String, CodeCounts> byCode = new TreeMap<>();
        for (Code c : CODES) {
            LookupCounts counts = byCodeCounts.get(c.code());
            if (counts != null) {
                byCode.put(c.code(), CodeCounts.of(c.code(), c.lookupClass(), c.meaning(), counts));
            }
        }
        return LookupSuccess.of(from, to, all, byDay, byMethod, byKiosk, byCode, byClass, overriddenBy);
    }

    private static LookupCounts one(LookupCategory category, boolean eligible, boolean overridden) {
        return LookupCounts.ZERO.plus(category, eligible, overridden, 1);
    }

    private static CheckinMethod method(int r) {
        return r < 46 ? CheckinMethod.CHIP : r < 76 ? CheckinMethod.CCCD_QR : r < 90 ? CheckinMethod.BHYT_QR
                : CheckinMethod.TYPED;
    }

    private static int kiosk(int r) {
        return r < 34 ? 0 : r < 64 ? 1 : r < 88 ? 2 : 3;
    }

    private static Code pick(int r) {
        int sum = 0;
        for (Code c : CODES) {
            sum += c.weight();
            if (r < sum) {
                return c;
            }
        }
        throw new IllegalStateException();
    }

    /** Queue figures for the range: tickets by hour of issue (6h–16h), waits longest at 7–9h. */
    static QueueStats queues(LocalDate from, LocalDate to, long seed) {
        Random random = new Random(seed);
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        int[] share = {4, 16, 19, 15, 11, 7, 3, 2, 9, 8, 6};
        int[] medianMinutes = {9, 24, 31, 27, 19, 13, 8, 6, 12, 10, 7};
        Map<Integer, QueueMeasures> byHour = new TreeMap<>();
        long tickets = 0;
        long served = 0;
        long noShows = 0;
        for (int i = 0; i < share.length; i++) {
            long n = share[i] * days * 4L + random.nextInt(20);
            long no = n / 40 + random.nextInt(3);
            long left = i == share.length - 1 ? 3 : 0;
            long median = medianMinutes[i] * 60L + random.nextInt(60);
            long p90 = Math.round(median * (1.8 + random.nextDouble() * 0.4));
            byHour.put(6 + i, new QueueMeasures(n, n - no - left, no, left, new Durations(n - left, median, p90),
                    new Durations(n - no - left, 240 + random.nextInt(120), 600 + random.nextInt(180))));
            tickets += n;
            served += n - no - left;
            noShows += no;
        }
        QueueMeasures all = new QueueMeasures(tickets, served, noShows, tickets - served - noShows,
                new Durations(tickets, 19 * 60 + 20, 44 * 60 + 5), new Durations(served, 290, 690));
        return new QueueStats(from, to, all, Map.of("bhyt", all), Map.of(), byHour);
    }
}
