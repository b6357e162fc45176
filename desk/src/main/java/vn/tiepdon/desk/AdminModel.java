package vn.tiepdon.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.api.ReportFormat;

/**
 * The admin view without Swing: the range chosen (today, the last 7 or 30 days, this month, or
 * typed dates), what it asks the server ({@code lookupSuccess} and {@code queueStats} for the
 * range; the failed-lookup report for BHXH), and what the view shows. "Today" comes from the
 * injected clock. {@link #load} and {@link #export} block on the server: call them off the
 * screen's thread. The state is one immutable {@link Snapshot}, safe to read from any thread.
 */
final class AdminModel {
    private static final Logger LOG = LoggerFactory.getLogger(AdminModel.class);
    /** The longest range the report for BHXH takes (the server refuses more). */
    static final int MAX_REPORT_DAYS = 366;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The ranges offered; {@link #CUSTOM} is two typed dates. */
    enum Choice { TODAY, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, CUSTOM }

    /** Service days {@code from}..{@code to}, both included. */
    record Range(LocalDate from, LocalDate to) {
        Range {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("from after to: " + from + " > " + to);
            }
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** A line for the person: information, or a problem (shown in red). */
    record Notice(String text, boolean problem) {
        Notice {
            Objects.requireNonNull(text);
        }
    }

    /**
     * What the view shows: the range, whether loading, the figures of the last load of this range,
     * a notice about the range or the load, and the last export's notice.
     */
    record Snapshot(Choice choice, Range range, boolean loading, Optional<AdminFigures> figures,
                    Optional<Notice> notice, boolean exporting, Optional<Notice> export) {
    }

    private final ReceptionApi api;
    private final AdminTexts texts;
    private final Clock clock;
    private final AtomicReference<Snapshot> state;
    private final AtomicBoolean exporting = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    AdminModel(ReceptionApi api, DeskMessages messages, Clock clock) {
        this.api = Objects.requireNonNull(api);
        this.texts = new AdminTexts(messages);
        this.clock = Objects.requireNonNull(clock);
        this.state = new AtomicReference<>(new Snapshot(Choice.LAST_30_DAYS, rangeOf(Choice.LAST_30_DAYS), false,
                Optional.empty(), Optional.empty(), false, Optional.empty()));
    }

    Snapshot snapshot() {
        return state.get();
    }

    /** Called after every change, on the thread that made it. */
    void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private Snapshot change(java.util.function.UnaryOperator<Snapshot> how) {
        Snapshot s = state.updateAndGet(how);
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.error("admin view: a listener failed", e);
            }
        }
        return s;
    }

    AdminTexts texts() {
        return texts;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The range of a preset choice, from today. */
    Range rangeOf(Choice choice) {
        LocalDate today = today();
        return switch (choice) {
            case TODAY -> new Range(today, today);
            case LAST_7_DAYS -> new Range(today.minusDays(6), today);
            case LAST_30_DAYS -> new Range(today.minusDays(29), today);
            case THIS_MONTH -> new Range(today.withDayOfMonth(1), today);
            case CUSTOM -> throw new IllegalArgumentException("a custom range is typed: use chooseCustom");
        };
    }

    /** Picks a preset range (not {@link Choice#CUSTOM}); the figures are those of the old range until loaded. */
    void choose(Choice choice) {
        Range range = rangeOf(choice);
        change(s -> new Snapshot(choice, range, s.loading(), Optional.empty(), Optional.empty(),
                s.exporting(), s.export()));
    }

    /**
     * Picks the typed range {@code from}–{@code to} ({@code dd/MM/yyyy}, {@code d/M/yyyy} or
     * {@code yyyy-MM-dd}). A date in another form, a missing date, or {@code from} after
     * {@code to} is refused: the range stays and the returned text (also the snapshot's notice)
     * says what to type.
     */
    Optional<String> chooseCustom(String fromText, String toText) {
        String f = fromText == null ? "" : fromText.trim();
        String t = toText == null ? "" : toText.trim();
        Optional<String> problem;
        if (f.isEmpty() || t.isEmpty()) {
            problem = Optional.of(texts.text("admin.range.missing"));
        } else {
            Optional<LocalDate> from = parse(f);
            Optional<LocalDate> to = parse(t);
            if (from.isEmpty()) {
                problem = Optional.of(texts.text("admin.range.badDate", f));
            } else if (to.isEmpty()) {
                problem = Optional.of(texts.text("admin.range.badDate", t));
            } else if (from.get().isAfter(to.get())) {
                problem = Optional.of(texts.text("admin.range.reversed", texts.date(from.get()),
                        texts.date(to.get())));
            } else {
                Range range = new Range(from.get(), to.get());
                change(s -> new Snapshot(Choice.CUSTOM, range, s.loading(), Optional.empty(),
                        Optional.empty(), s.exporting(), s.export()));
                return Optional.empty();
            }
        }
        Notice notice = new Notice(problem.get(), true);
        change(s -> new Snapshot(s.choice(), s.range(), s.loading(), s.figures(), Optional.of(notice),
                s.exporting(), s.export()));
        return problem;
    }

    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Asks the server for the chosen range's lookup success and queue statistics. Blocks. A refusal
     * or an unreachable server leaves no figures and a notice saying so.
     */
    Snapshot load() {
        Snapshot before = change(s -> new Snapshot(s.choice(), s.range(), true, s.figures(),
                Optional.of(new Notice(texts.text("admin.loading"), false)), s.exporting(), s.export()));
        Range range = before.range();
        Optional<AdminFigures> figures = Optional.empty();
        Optional<Notice> notice;
        try {
            LookupSuccess success = api.lookupSuccess(range.from(), range.to());
            QueueStats queues = api.queueStats(range.from(), range.to());
            figures = Optional.of(AdminFigures.of(success, queues, texts));
            notice = Optional.empty();
        } catch (ApiException e) {
            notice = Optional.of(new Notice(texts.text("admin.loadFailed", problem(e)), true));
        } catch (UnsupportedOperationException e) {
            LOG.warn("admin view: the client has no statistics call: {}", e.getMessage());
            notice = Optional.of(new Notice(texts.text("admin.loadFailed", texts.text("admin.notOffered")), true));
        } catch (RuntimeException e) {
            LOG.error("admin view: loading the statistics failed", e);
            notice = Optional.of(new Notice(texts.text("admin.loadFailed", texts.text("admin.unexpected")), true));
        }
        Optional<AdminFigures> loaded = figures;
        Optional<Notice> said = notice;
        return change(s -> s.range().equals(range)
                ? new Snapshot(s.choice(), s.range(), false, loaded, said, s.exporting(), s.export())
                // the range changed meanwhile: these figures are not its own
                : new Snapshot(s.choice(), s.range(), false, s.figures(), s.notice(), s.exporting(), s.export()));
    }

    /** The file name offered for the report of the current range. */
    String suggestedFileName(ReportFormat format) {
        Range r = snapshot().range();
        return "tra-cuu-loi-bhxh_" + r.from() + "_" + r.to() + "." + format.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the failed-lookup report for BHXH of the current range to {@code file} (written
     * beside it first and moved in place when complete, so a failure leaves no half file and
     * keeps an existing one). Blocks. Returns what to tell the person.
     */
    Notice export(ReportFormat format, boolean leaveOutSent, Path file) {
        Range range = snapshot().range();
        Notice result;
        if (range.days() > MAX_REPORT_DAYS) {
            result = new Notice(texts.text("admin.export.tooLong", MAX_REPORT_DAYS, texts.count(range.days())), true);
        } else if (!exporting.compareAndSet(false, true)) {
            return new Notice(texts.text("admin.export.busy"), true);
        } else {
            setExport(true, Optional.of(new Notice(texts.text("admin.export.running", file.getFileName()), false)));
            try {
                result = write(format, leaveOutSent, file, range);
            } finally {
                exporting.set(false);
            }
        }
        setExport(false, Optional.of(result));
        return result;
    }

    private Notice write(ReportFormat format, boolean leaveOutSent, Path file, Range range) {
        Path absolute = file.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                api.failedLookupsReport(range.from(), range.to(), format, leaveOutSent, out);
            }
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("admin view: failed-lookup report {} {}..{} written to {}", format, range.from(), range.to(),
                    absolute);
            return new Notice(texts.text("admin.export.done", absolute.toString()), false);
        } catch (ApiException e) {
            return new Notice(texts.text("admin.export.failed", problem(e)), true);
        } catch (IOException e) {
            LOG.warn("admin view: the report could not be written to {}: {}", absolute, e.toString());
            return new Notice(texts.text("admin.export.failed", texts.text("admin.export.cannotWrite",
                    absolute.toString())), true);
        } catch (UnsupportedOperationException e) {
            return new Notice(texts.text("admin.export.failed", texts.text("admin.notOffered")), true);
        } catch (RuntimeException e) {
            LOG.error("admin view: the report failed", e);
            return new Notice(texts.text("admin.export.failed", texts.text("admin.unexpected")), true);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                LOG.debug("admin view: {} could not be removed: {}", part, e.toString());
            }
        }
    }

    /** What {@link #markSent} asks the person to confirm: the range and the date it marks. */
    String markSentQuestion() {
        Range r = snapshot().range();
        return texts.text("admin.markSent.confirm", texts.date(r.from()), texts.date(r.to()),
                texts.date(LocalDate.now(clock)));
    }

    /**
     * Marks every failed lookup of the current range not marked yet as sent to BHXH today (the
     * hospital's date), as the report for BHXH of the range was sent; a lookup marked before keeps
     * its date. Blocks. Returns what to tell the person.
     */
    Notice markSent() {
        Range range = snapshot().range();
        if (range.days() > MAX_REPORT_DAYS) {
            Notice tooLong = new Notice(texts.text("admin.export.tooLong", MAX_REPORT_DAYS, texts.count(range.days())),
                    true);
            setExport(false, Optional.of(tooLong));
            return tooLong;
        }
        if (!exporting.compareAndSet(false, true)) {
            return new Notice(texts.text("admin.export.busy"), true);
        }
        Notice result;
        LocalDate today = LocalDate.now(clock);
        try {
            setExport(true, Optional.of(new Notice(texts.text("admin.markSent.running"), false)));
            vn.tiepdon.core.api.BhxhSentResult r = api.markSentToBhxh(
                    vn.tiepdon.core.api.BhxhSentRequest.range(range.from(), range.to(), today));
            LOG.info("admin view: failed lookups of {}..{} marked sent to BHXH on {}: {} now, {} before", range.from(),
                    range.to(), today, r.marked(), r.alreadyMarked());
            result = new Notice(texts.text("admin.markSent.done", texts.count(r.marked()), texts.date(today)), false);
        } catch (ApiException e) {
            result = new Notice(texts.text("admin.markSent.failed", problem(e)), true);
        } catch (UnsupportedOperationException e) {
            result = new Notice(texts.text("admin.markSent.failed", texts.text("admin.notOffered")), true);
        } catch (RuntimeException e) {
            LOG.error("admin view: marking sent to BHXH failed", e);
            result = new Notice(texts.text("admin.markSent.failed", texts.text("admin.unexpected")), true);
        } finally {
            exporting.set(false);
        }
        setExport(false, Optional.of(result));
        return result;
    }

    private void setExport(boolean running, Optional<Notice> notice) {
        change(s -> new Snapshot(s.choice(), s.range(), s.loading(), s.figures(), s.notice(), running,
                notice));
    }

    /** An API failure in the person's words. */
    private String problem(ApiException e) {
        Optional<ApiError> error = e.error();
        if (error.isEmpty()) {
            LOG.warn("admin view: server unreachable: {}", e.getMessage());
            return texts.text("admin.unreachable");
        }
        LOG.warn("admin view: the server refused: HTTP {} {}", e.httpStatus(), error.get().error());
        return texts.text("admin.serverError", error.get().error().name(),
                texts.messages().contract().error(error.get().error()));
    }
}
