package vn.tiepdon.server.http;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseHandler;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.text.ContractText;
import vn.tiepdon.server.storage.StorageException;

/**
 * The HTTP layer: Javalin, the access guard, the error mapping and the event-stream mechanics. It
 * knows no feature: each feature declares its routes and who may use them ({@link Routes.Feature}).
 *
 * <p>Every route but those {@link Allowed#anyone() anyone} may use answers 401 without a valid
 * bearer token and 403 to a role it does not allow, before its handler runs. Every refusal is an
 * {@link ApiError}; a client's mistake is never a 500, and no message shows a Java class or the JSON
 * library's text.
 */
public final class ApiServer implements AutoCloseable {
    /** The largest request body taken: a chip portrait (200,000 bytes) in base64 JSON fits. */
    public static final long MAX_BODY_BYTES = 300_000;
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private final Javalin app;
    private final EventStream stream;
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final ContractText texts = ContractText.vietnamese();

    public ApiServer(List<Routes.Feature> features, Authenticator authenticator, JsonMapper json) {
        this(features, authenticator, json, PING_SECONDS);
    }

    /** Event streams ping every 15 s (and re-check their subscriber's token then). */
    static final long PING_SECONDS = 15;

    ApiServer(List<Routes.Feature> features, Authenticator authenticator, JsonMapper json, long pingSeconds) {
        this.authenticator = Objects.requireNonNull(authenticator);
        this.bodies = new RequestBodies(json);
        this.stream = new EventStream(json, authenticator, pingSeconds);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(json, false));
        });
        JavalinRoutes routes = new JavalinRoutes();
        features.forEach(f -> f.register(routes));
        app.exception(ApiProblem.class, (e, ctx) -> {
            log.info("Refused {} {}: {} {}", ctx.method(), ctx.path(), e.code(), e.getMessage());
            e.until().ifPresent(until -> ctx.header("Retry-After", Long.toString(
                    Math.max(1, java.time.Duration.between(java.time.Instant.now(), until).toSeconds()))));
            ctx.status(e.code().httpStatus()).json(new ApiError(e.code(), e.getMessage(), texts.error(e.code()),
                    e.until()));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = codeOfStatus(e.getStatus());
            log.info("Refused {} {}: HTTP {}", ctx.method(), ctx.path(), e.getStatus());
            error(ctx, code, messageOfStatus(code, ctx));
        });
        app.exception(StorageException.class, (e, ctx) -> {
            log.error("Request {} {} failed in storage: {}", ctx.method(), ctx.path(), e.getMessage(), e);
            error(ctx, ErrorCode.STORAGE_UNAVAILABLE, "the database could not carry out the request");
        });
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, ErrorCode.INTERNAL, "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, ErrorCode.NOT_FOUND, "no route " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null) {
                error(ctx, ErrorCode.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path());
            }
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

    private final class JavalinRoutes implements Routes {
        @Override
        public void get(String path, Allowed allowed, Handler handler) {
            add(HandlerType.GET, path, allowed, handler);
        }

        @Override
        public void post(String path, Allowed allowed, Handler handler) {
            add(HandlerType.POST, path, allowed, handler);
        }

        @Override
        public void put(String path, Allowed allowed, Handler handler) {
            add(HandlerType.PUT, path, allowed, handler);
        }

        @Override
        public void delete(String path, Allowed allowed, Handler handler) {
            add(HandlerType.DELETE, path, allowed, handler);
        }

        @Override
        public void events(String path, Allowed allowed, EventFeed feed) {
            app.addHttpHandler(HandlerType.GET, path, ctx -> {
                Optional<String> token = bearer(ctx);
                Optional<Caller> caller = guard(ctx, allowed, token);
                // subscribed before the response's headers go out: a client that sees the stream
                // open can rely on every later event reaching it
                EventStream.Early early = stream.subscribeEarly(feed);
                if (!"text/event-stream".equals(ctx.header("Accept"))) {
                    early.closeUnlessTaken(); // Javalin answers a plain 200: no stream takes it
                }
                new SseHandler(client -> stream.accept(client, early, caller, token)).handle(ctx);
            });
        }

        private void add(HandlerType method, String path, Allowed allowed, Handler handler) {
            app.addHttpHandler(method, path, ctx -> {
                Optional<String> token = bearer(ctx);
                Optional<Caller> caller = guard(ctx, allowed, token);
                Reply reply = handler.handle(new JavalinExchange(ctx, caller, token));
                ctx.status(reply.status());
                if (reply.body().isPresent() && reply.body().get() instanceof Download file) {
                    download(ctx, file);
                    return;
                }
                reply.body().ifPresent(ctx::json);
            });
        }
    }

    /**
     * Streams a file to the client. A failure once bytes went out cannot become an error answer:
     * it is logged and the connection cut, so the client sees a broken transfer, not a whole file.
     */
    private static void download(Context ctx, Download file) throws java.io.IOException {
        ctx.contentType(file.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        jakarta.servlet.ServletOutputStream out = ctx.res().getOutputStream();
        try {
            file.writeTo(out);
            out.flush();
        } catch (java.io.IOException | RuntimeException e) {
            if (!ctx.res().isCommitted()) {
                ctx.res().reset();
                throw e; // answered as any other failure, with an ApiError
            }
            log.warn("Download {} {} cut short: {}", ctx.method(), ctx.path(), e.toString());
            // the status and part of the file went out: cut the connection so the client sees an
            // incomplete transfer instead of a file that ends early
            org.eclipse.jetty.server.Request base = org.eclipse.jetty.server.Request.getBaseRequest(ctx.req());
            if (base != null) {
                base.getHttpChannel().abort(e);
            }
        }
    }

    /** The caller of a request, or the refusal: 401 without a valid token, 403 for a role not allowed. */
    private Optional<Caller> guard(Context ctx, Allowed allowed, Optional<String> token) {
        if (!allowed.needsToken()) {
            return token.flatMap(authenticator::authenticate);
        }
        if (token.isEmpty()) {
            throw new ApiProblem(ErrorCode.UNAUTHENTICATED, "this route needs 'Authorization: Bearer <token>'");
        }
        Caller caller = authenticator.authenticate(token.get()).orElseThrow(() -> new ApiProblem(
                ErrorCode.UNAUTHENTICATED, "the token is wrong, expired or revoked"));
        if (!allowed.permits(caller.role())) {
            throw new ApiProblem(ErrorCode.FORBIDDEN, "role " + caller.role() + " may not use " + ctx.method() + " "
                    + ctx.endpointHandlerPath());
        }
        return Optional.of(caller);
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        String h = header.trim();
        if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("bearer ")) {
            return Optional.empty();
        }
        String token = h.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private final class JavalinExchange implements Exchange {
        private final Context ctx;
        private final Optional<Caller> caller;
        private final Optional<String> token;

        JavalinExchange(Context ctx, Optional<Caller> caller, Optional<String> token) {
            this.ctx = ctx;
            this.caller = caller;
            this.token = token;
        }

        @Override
        public Optional<Caller> caller() {
            return caller;
        }

        @Override
        public String path(String name) {
            return ctx.pathParam(name);
        }

        @Override
        public Optional<String> query(String name) {
            String value = ctx.queryParam(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        @Override
        public Optional<String> token() {
            return token;
        }

        @Override
        public <T> T body(Class<T> type) {
            return bodies.read(ctx.bodyAsBytes(), type);
        }
    }

    private static ErrorCode codeOfStatus(int status) {
        return switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.BODY_TOO_LARGE;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
        };
    }

    private static String messageOfStatus(ErrorCode code, Context ctx) {
        return switch (code) {
            case BODY_TOO_LARGE -> "the request body is larger than " + MAX_BODY_BYTES + " bytes";
            case NOT_FOUND -> "no route " + ctx.method() + " " + ctx.path();
            case METHOD_NOT_ALLOWED -> ctx.method() + " is not allowed on " + ctx.path();
            default -> code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private void error(Context ctx, ErrorCode code, String message) {
        ctx.status(code.httpStatus()).json(new ApiError(code, message, texts.error(code)));
    }
}
