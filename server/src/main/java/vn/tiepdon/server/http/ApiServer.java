package vn.tiepdon.server.http;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.checkin.CheckinService;
import vn.tiepdon.server.checkin.UnknownQueueException;
import vn.tiepdon.server.checkin.UnrecognisedCodeException;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStatistics;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.portraits.PortraitService;
import vn.tiepdon.server.portraits.UnknownTicketException;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.UnknownCounterException;

/** The HTTP JSON API and the event stream (docs/api.md). Routes only: the rules live in the services. */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private static final String TRY_AGAIN = "Hệ thống đang bận. Vui lòng thử lại hoặc đến quầy tiếp đón.";
    private final Javalin app;
    private final EventStream stream;

    public ApiServer(HospitalSetup setup, CheckinService checkins, QueueService queues, LookupStore lookups,
                     LookupStatistics stats, EventLog events, PortraitService portraits, JsonMapper json) {
        this.stream = new EventStream(events, json, 15);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
        });
        app.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "UP")));
        app.get("/api/v1/setup", ctx -> ctx.json(setup.toView()));
        app.post("/api/v1/checkins", ctx -> {
            CheckinRequest request = body(ctx, CheckinRequest.class);
            ctx.status(HttpStatus.CREATED).json(checkins.checkIn(request));
        });
        app.get("/api/v1/tickets", ctx -> ctx.json(queues.today(status(ctx))));
        app.post("/api/v1/counters/{id}/next", ctx -> answer(ctx, queues.callNext(ctx.pathParam("id"))));
        app.post("/api/v1/counters/{id}/recall", ctx -> answer(ctx, queues.recall(ctx.pathParam("id"))));
        app.post("/api/v1/counters/{id}/skip", ctx -> answer(ctx, queues.skip(ctx.pathParam("id"))));
        app.post("/api/v1/counters/{id}/finish", ctx -> answer(ctx, queues.finish(ctx.pathParam("id"))));
        app.get("/api/v1/lookups", ctx -> {
            LocalDate day = date(ctx, "date").orElseGet(queues::serviceDay);
            boolean failed = "true".equalsIgnoreCase(ctx.queryParam("failed"));
            ctx.json(lookups.ofDay(day, failed).stream().map(LookupRecord::toView).toList());
        });
        app.get("/api/v1/stats/lookups", ctx -> {
            LocalDate from = date(ctx, "from").orElseGet(queues::serviceDay);
            LocalDate to = date(ctx, "to").orElse(from);
            ctx.json(stats.between(from, to));
        });
        app.put("/api/v1/tickets/{id}/portrait", ctx -> {
            long ticketId = ticketId(ctx);
            portraits.store(ticketId, body(ctx, Portrait.class));
            ctx.json(Map.of("stored", true));
        });
        app.get("/api/v1/tickets/{id}/portrait", ctx -> {
            long ticketId = ticketId(ctx);
            Optional<Portrait> portrait = portraits.of(ticketId);
            if (portrait.isPresent()) {
                ctx.json(portrait.get());
            } else {
                error(ctx, HttpStatus.NOT_FOUND, "NO_PORTRAIT", "ticket " + ticketId + " has no portrait",
                        "Chưa có ảnh chân dung.");
            }
        });
        app.sse("/api/v1/events", stream::accept);

        app.exception(UnrecognisedCodeException.class, (e, ctx) -> error(ctx, HttpStatus.UNPROCESSABLE_CONTENT,
                "UNRECOGNISED_CODE", e.getMessage(),
                "Không đọc được mã. Vui lòng quét lại mã QR trên thẻ CCCD hoặc thẻ BHYT, hoặc nhập số."));
        app.exception(UnknownCounterException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND,
                "UNKNOWN_COUNTER", e.getMessage(), "Quầy không tồn tại."));
        app.exception(UnknownTicketException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND,
                "UNKNOWN_TICKET", e.getMessage(), "Không tìm thấy phiếu."));
        app.exception(UnknownQueueException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "UNKNOWN_QUEUE", e.getMessage(), TRY_AGAIN));
        app.exception(BadRequestResponse.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "BAD_REQUEST", e.getMessage(), TRY_AGAIN));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                "BAD_REQUEST", e.getMessage(), TRY_AGAIN));
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "internal error: " + e.getClass().getSimpleName(),
                    TRY_AGAIN);
        });
    }

    public ApiServer start(String host, int port) {
        app.start(host, port);
        log.info("Reception API listening on {}:{}", host, app.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        stream.close();
        app.stop();
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            return ctx.bodyAsClass(type);
        } catch (Exception e) { // Javalin rethrows Jackson's checked exceptions unchecked
            throw new BadRequestResponse("request body is not a valid " + type.getSimpleName() + ": "
                    + rootMessage(e));
        }
    }

    private static long ticketId(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("ticket id must be a number: " + id);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    private static void answer(Context ctx, Optional<TicketView> ticket) {
        if (ticket.isPresent()) {
            ctx.json(ticket.get());
        } else {
            ctx.status(HttpStatus.NO_CONTENT);
        }
    }

    private static Optional<TicketStatus> status(Context ctx) {
        String s = ctx.queryParam("status");
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TicketStatus.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("unknown ticket status: " + s);
        }
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String s = ctx.queryParam(name);
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.trim()));
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be yyyy-MM-dd: " + s);
        }
    }

    private static void error(Context ctx, HttpStatus status, String code, String message, String patientMessage) {
        ctx.status(status).json(new ApiError(code, message, patientMessage));
    }
}
