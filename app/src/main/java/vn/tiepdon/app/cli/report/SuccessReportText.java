package vn.tiepdon.app.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.LookupCounts;

/**
 * Lookup success in plain words, as {@code tiepdon report success} prints it and the headless demo
 * ends with it: the three rates with their counts, the desk's fixes apart, then by day, by method,
 * by kiosk and by code with its Vietnamese meaning. No I/O: it returns the text.
 */
public final class SuccessReportText {

    /** The whole report, lines ending with {@code \n}. */
    public String format(LookupSuccess s) {
        StringBuilder out = new StringBuilder();
        out.append("Lookup success ").append(s.from().equals(s.to()) ? "on " + s.from() : s.from() + " to " + s.to())
                .append(" (one lookup per check-in, counted by its final outcome)\n");
        out.append("  ").append(summary(s)).append('\n');
        out.append("  (answered + failed + pending = lookups; an expired or unusable card is an answer; a lookup"
                + " fixed at the desk keeps its own outcome and is also counted apart)\n");
        out.append("By day:\n");
        s.byDay().forEach((day, c) -> line(out, day.toString(), c, ""));
        out.append("By method:\n");
        s.byMethod().forEach((m, c) -> line(out, label(m), c, ""));
        out.append("By kiosk:\n");
        if (s.byKiosk().isEmpty()) {
            out.append("  none\n");
        }
        s.byKiosk().forEach((k, c) -> line(out, k, c, ""));
        out.append("By code:\n");
        if (s.byCode().isEmpty()) {
            out.append("  none\n");
        }
        for (Map.Entry<String, CodeCounts> e : s.byCode().entrySet()) {
            line(out, e.getKey(), e.getValue().counts(), " — " + e.getValue().meaning());
        }
        return out.toString();
    }

    /**
     * The headline: {@code answered 9 of 11 (81.8 %), eligible 7 (63.6 %), failed 2 (18.2 %),
     * pending 0; fixed at the desk 1 (counted apart: re-run 1)}.
     */
    public String summary(LookupSuccess s) {
        LookupCounts c = s.totals();
        String text = String.format(Locale.ROOT, "answered %d of %d (%s), eligible %d (%s), failed %d (%s), pending %d;"
                        + " fixed at the desk %d (counted apart", c.succeeded(), c.lookups(), percent(c.rate()),
                c.eligible(), percent(c.eligibleRate()), c.failed(), percent(c.failedRate()), c.pending(),
                c.overridden());
        List<String> actions = new ArrayList<>();
        s.overriddenBy().forEach((action, n) -> {
            if (n > 0) {
                actions.add(label(action) + " " + n);
            }
        });
        return text + (actions.isEmpty() ? ")" : ": " + String.join(", ", actions) + ")");
    }

    private static void line(StringBuilder out, String name, LookupCounts c, String tail) {
        out.append(String.format(Locale.ROOT, "  %-14s ", name));
        if (c.lookups() == 0) {
            out.append("no lookups");
        } else {
            out.append(String.format(Locale.ROOT, "answered %d of %d (%s), eligible %d, failed %d, pending %d",
                    c.succeeded(), c.lookups(), percent(c.rate()), c.eligible(), c.failed(), c.pending()));
            if (c.overridden() > 0) {
                out.append("; fixed at the desk ").append(c.overridden());
            }
        }
        out.append(tail).append('\n');
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String label(CheckinMethod m) {
        return switch (m) {
            case CHIP -> "CCCD chip";
            case CCCD_QR -> "CCCD QR";
            case BHYT_QR -> "BHYT QR";
            case VNEID -> "VNeID";
            case TYPED -> "typed number";
        };
    }

    static String label(LookupOverride.Action a) {
        return switch (a) {
            case RERUN -> "re-run";
            case ACCEPT_PAPER_CARD -> "paper card";
            case ACCEPT_VSSID -> "VssID";
            case FEE_PAYING -> "fee-paying";
        };
    }
}
