package vn.tiepdon.server.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.QueueMeasures;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.queue.QueueService;

/**
 * Days of ticket histories driven through the real check-in and counter verbs (next, call by
 * number, recall up to the automatic skip, skip, finish, postpone and return, restore, transfer to
 * a queue or a counter) on a clock the simulation moves, with a seeded random choice of what
 * happens next. Beside the server it keeps its own record of each ticket, from the verbs' answers
 * alone, and computes from it the figures the statistics must give ({@link #expected}), with its
 * own percentile code.
 */
final class QueueSimulation {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final String DESK = "user:lan";
    static final List<String> QUEUES = List.of("bhyt", "service", "priority");
    static final List<String> COUNTERS = List.of("1", "2");

    /** One ticket as the simulation saw it. */
    static final class Seen {
        final long id;
        final String number;
        final LocalDate day;
        final Instant issued;
        String queue;
        TicketStatus status = TicketStatus.WAITING;
        Instant firstCall;
        Instant lastCall;
        Instant finished;
        String lastCounter;
        boolean skipped;
        boolean restored;
        boolean transferredAfterCall;

        Seen(TicketView t, LocalDate day) {
            this.id = t.id();
            this.number = t.number();
            this.day = day;
            this.issued = t.issuedAt();
            this.queue = t.queueId();
        }
    }

    private final ReceptionServer server;
    private final MutableClock clock;
    private final ZoneId zone;
    private final Random random;
    final Map<Long, Seen> tickets = new LinkedHashMap<>();
    private final Map<String, Long> current = new HashMap<>();
    int recallSkips;
    int implicitServes;

    QueueSimulation(ReceptionServer server, MutableClock clock, ZoneId zone, long seed) {
        this.server = server;
        this.clock = clock;
        this.zone = zone;
        this.random = new Random(seed);
    }

    private QueueService queues() {
        return server.queues();
    }

    /** Moves the clock to {@code time} on {@code day} (hospital time); never backwards. */
    void at(LocalDate day, LocalTime time) {
        Instant target = day.atTime(time).atZone(zone).toInstant();
        Duration by = Duration.between(clock.instant(), target);
        if (by.isNegative()) {
            throw new IllegalStateException("the clock does not go back: " + target);
        }
        if (!clock.instant().atZone(zone).toLocalDate().equals(day)) {
            current.clear(); // a new service day: the counters' current tickets are those of today
        }
        clock.advance(by);
    }

    void advanceSeconds(long s) {
        clock.advanceSeconds(s);
    }

    /** A day: {@code steps} random happenings from 07:00, each 15 s to 4 min after the one before. */
    void day(LocalDate day, int steps) {
        at(day, LocalTime.of(7, 0));
        for (int i = 0; i < steps; i++) {
            advanceSeconds(15 + random.nextInt(225));
            step(day);
        }
        // the day's last patient at counter 1 does not come: recalled until skipped
        if (verb(CounterVerb.NEXT, "1").isPresent()) {
            for (int i = 0; i < 4; i++) {
                advanceSeconds(30);
                verb(CounterVerb.RECALL, "1");
            }
        }
    }

    private void step(LocalDate day) {
        int roll = random.nextInt(100);
        String counter = COUNTERS.get(random.nextInt(COUNTERS.size()));
        if (roll < 35) {
            issue(QUEUES.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2)), day);
        } else if (roll < 55) {
            verb(CounterVerb.NEXT, counter);
        } else if (roll < 70) {
            verb(CounterVerb.FINISH, counter);
        } else if (roll < 75) {
            verb(CounterVerb.SKIP, counter);
        } else if (roll < 81) {
            verb(CounterVerb.RECALL, counter);
        } else if (roll < 84) {
            verb(CounterVerb.POSTPONE, counter);
        } else if (roll < 87) {
            pick(day, t -> t.status == TicketStatus.PARKED).ifPresent(t -> returnToQueue(t,
                    random.nextBoolean() ? ReturnRequest.Position.FRONT : ReturnRequest.Position.PLACE));
        } else if (roll < 90) {
            pick(day, t -> t.status == TicketStatus.SKIPPED).ifPresent(this::restore);
        } else if (roll < 94) {
            pick(day, t -> t.status == TicketStatus.WAITING || t.status == TicketStatus.CALLED
                    || t.status == TicketStatus.PARKED).ifPresent(t -> {
                        if (random.nextBoolean()) {
                            transfer(t, new TransferRequest(Optional.of(QUEUES.get(random.nextInt(QUEUES.size()))),
                                    Optional.empty(), "chuyển"));
                        } else {
                            transfer(t, new TransferRequest(Optional.empty(),
                                    Optional.of(COUNTERS.get(random.nextInt(COUNTERS.size()))), "chuyển quầy"));
                        }
                    });
        } else {
            pick(day, t -> t.status == TicketStatus.WAITING).ifPresent(t -> call(counter, t));
        }
    }

    private Optional<Seen> pick(LocalDate day, Predicate<Seen> which) {
        List<Seen> candidates = tickets.values().stream().filter(t -> t.day.equals(day)).filter(which).toList();
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    Seen issue(String queue, LocalDate day) {
        TicketView t = server.checkins().checkIn(new CheckinRequest("kiosk-1", IdentificationMethod.QR, CCCD_QR,
                Optional.empty(), Optional.of(queue)), "kiosk:kiosk-1").ticket();
        Seen seen = new Seen(t, day);
        tickets.put(t.id(), seen);
        return seen;
    }

    /** A counter verb about tickets, recorded from its answer. */
    Optional<Seen> verb(CounterVerb verb, String counter) {
        Instant now = clock.instant();
        Optional<Seen> before = Optional.ofNullable(current.get(counter)).map(tickets::get);
        QueueService.Outcome outcome = queues().counter(verb, counter, DESK);
        Optional<TicketView> changed = outcome instanceof QueueService.Outcome.TicketChanged c
                ? Optional.of(c.ticket()) : Optional.empty();
        switch (verb) {
            case NEXT -> {
                if (before.isPresent()) {
                    served(before.get(), now);
                    implicitServes++;
                }
                current.remove(counter);
                changed.ifPresent(t -> called(tickets.get(t.id()), counter, now));
            }
            case FINISH -> changed.ifPresent(t -> served(tickets.get(t.id()), now));
            case SKIP -> changed.ifPresent(t -> skipped(tickets.get(t.id())));
            case RECALL -> changed.ifPresent(t -> {
                Seen s = tickets.get(t.id());
                if (t.status() == TicketStatus.SKIPPED) {
                    skipped(s);
                    recallSkips++;
                } else {
                    s.lastCall = now;
                }
            });
            case POSTPONE -> changed.ifPresent(t -> {
                Seen s = tickets.get(t.id());
                s.status = TicketStatus.PARKED;
                current.remove(counter);
            });
            default -> throw new IllegalArgumentException(verb + " is not simulated");
        }
        if (changed.isPresent() && verb != CounterVerb.NEXT && verb != CounterVerb.RECALL) {
            current.remove(counter);
        }
        if (before.isPresent() != changed.isPresent() && verb != CounterVerb.NEXT) {
            throw new AssertionError(verb + " at " + counter + ": the simulation expected "
                    + before.map(s -> s.number).orElse("nothing") + " but the server changed " + changed);
        }
        return changed.map(t -> tickets.get(t.id()));
    }

    Seen call(String counter, Seen ticket) {
        Instant now = clock.instant();
        Optional<Seen> before = Optional.ofNullable(current.remove(counter)).map(tickets::get);
        TicketView t = queues().call(counter, ticket.number, DESK);
        before.ifPresent(s -> {
            served(s, now);
            implicitServes++;
        });
        Seen s = tickets.get(t.id());
        called(s, counter, now);
        return s;
    }

    void transfer(Seen t, TransferRequest request) {
        Optional<TicketView> moved = queues().transfer(t.id, request, DESK);
        moved.ifPresent(v -> {
            if (t.status == TicketStatus.CALLED) {
                current.values().remove(t.id);
                t.transferredAfterCall = true;
            }
            t.queue = v.queueId();
            t.status = TicketStatus.WAITING;
        });
    }

    void returnToQueue(Seen t, ReturnRequest.Position position) {
        queues().returnToQueue(t.id, position, DESK);
        t.status = TicketStatus.WAITING;
    }

    void restore(Seen t) {
        queues().restore(t.id, DESK);
        t.status = TicketStatus.WAITING;
        t.skipped = false;
        t.restored = true;
    }

    private void called(Seen s, String counter, Instant now) {
        if (s.firstCall == null) {
            s.firstCall = now;
        }
        s.lastCall = now;
        s.lastCounter = counter;
        s.status = TicketStatus.CALLED;
        current.put(counter, s.id);
    }

    private static void served(Seen s, Instant now) {
        s.finished = now;
        s.status = TicketStatus.SERVED;
    }

    private void skipped(Seen s) {
        s.skipped = true;
        s.status = TicketStatus.SKIPPED;
        current.values().remove(s.id);
    }

    /** The figures the statistics must give for the tickets of {@code from}..{@code to}, from the simulation's record. */
    QueueStats expected(LocalDate from, LocalDate to) {
        List<Seen> in = tickets.values().stream().filter(t -> !t.day.isBefore(from) && !t.day.isAfter(to)).toList();
        Map<String, List<Seen>> byQueue = new HashMap<>();
        Map<String, List<Seen>> byCounter = new HashMap<>();
        Map<Integer, List<Seen>> byHour = new HashMap<>();
        for (Seen t : in) {
            byQueue.computeIfAbsent(t.queue, k -> new ArrayList<>()).add(t);
            if (t.firstCall != null) {
                byCounter.computeIfAbsent(t.lastCounter, k -> new ArrayList<>()).add(t);
            }
            byHour.computeIfAbsent(t.issued.atZone(zone).getHour(), k -> new ArrayList<>()).add(t);
        }
        return new QueueStats(from, to, measures(in), measures(byQueue), measures(byCounter), measures(byHour));
    }

    private static <K> Map<K, QueueMeasures> measures(Map<K, List<Seen>> groups) {
        Map<K, QueueMeasures> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, measures(v)));
        return out;
    }

    static QueueMeasures measures(List<Seen> tickets) {
        long served = tickets.stream().filter(t -> t.finished != null).count();
        long noShows = tickets.stream().filter(t -> t.finished == null && t.skipped).count();
        List<Long> waits = tickets.stream().filter(t -> t.firstCall != null)
                .map(t -> Duration.between(t.issued, t.firstCall).toSeconds()).toList();
        List<Long> services = tickets.stream().filter(t -> t.finished != null)
                .map(t -> Duration.between(t.lastCall, t.finished).toSeconds()).toList();
        return new QueueMeasures(tickets.size(), served, noShows, tickets.size() - served - noShows,
                durations(waits), durations(services));
    }

    /** Median and 90th percentile by nearest rank, computed here apart from the server's code. */
    static Durations durations(List<Long> values) {
        if (values.isEmpty()) {
            return Durations.NONE;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return new Durations(n, sorted.get((50 * n + 99) / 100 - 1), sorted.get((90 * n + 99) / 100 - 1));
    }
}
