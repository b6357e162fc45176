package vn.tiepdon.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One API call, independent of which server base URL it goes to. {@code asksGateway}: the server
 * asks the BHXH gateway for it (the visit history), so it may take long and is never repeated on
 * another server once sent (each time would count against the hospital's gateway quota).
 */
record ApiRequest(String method, List<String> pathSegments, List<Map.Entry<String, String>> query,
                  Optional<byte[]> jsonBody, boolean asksGateway) {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final byte[] EMPTY = new byte[0];

    ApiRequest {
        Objects.requireNonNull(method);
        pathSegments = List.copyOf(pathSegments);
        query = List.copyOf(query);
        Objects.requireNonNull(jsonBody);
    }

    ApiRequest(String method, List<String> pathSegments, List<Map.Entry<String, String>> query,
               Optional<byte[]> jsonBody) {
        this(method, pathSegments, query, jsonBody, false);
    }

    /** This request marked as one the server answers by asking the BHXH gateway. */
    ApiRequest askingGateway() {
        return new ApiRequest(method, pathSegments, query, jsonBody, true);
    }

    static ApiRequest get(String... segments) {
        return new ApiRequest("GET", List.of(segments), List.of(), Optional.empty());
    }

    /** A POST without a body (the counter verbs). */
    static ApiRequest post(String... segments) {
        return new ApiRequest("POST", List.of(segments), List.of(), Optional.empty());
    }

    static ApiRequest delete(String... segments) {
        return new ApiRequest("DELETE", List.of(segments), List.of(), Optional.empty());
    }

    static ApiRequest postJson(byte[] body, String... segments) {
        return new ApiRequest("POST", List.of(segments), List.of(), Optional.of(body));
    }

    static ApiRequest putJson(byte[] body, String... segments) {
        return new ApiRequest("PUT", List.of(segments), List.of(), Optional.of(body));
    }

    ApiRequest withQuery(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(query);
        more.add(Map.entry(name, value));
        return new ApiRequest(method, pathSegments, more, jsonBody, asksGateway);
    }

    /**
     * GET may be repeated on another server; a POST that reached one server may not, nor a request
     * that asks the gateway.
     */
    boolean repeatable() {
        return method.equals("GET") && !asksGateway;
    }

    /** Path and query, for messages and logs (no personal data: that travels in bodies only). */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(" /").append(String.join("/", pathSegments));
        for (int i = 0; i < query.size(); i++) {
            text.append(i == 0 ? '?' : '&').append(query.get(i).getKey()).append('=').append(query.get(i).getValue());
        }
        return text.toString();
    }

    HttpUrl urlOn(HttpUrl base) {
        HttpUrl.Builder url = ServerAddresses.resolve(base, pathSegments);
        query.forEach(parameter -> url.addQueryParameter(parameter.getKey(), parameter.getValue()));
        return url.build();
    }

    Request.Builder toHttp(HttpUrl base) {
        Request.Builder request = new Request.Builder().url(urlOn(base)).header("Accept", "application/json");
        if (method.equals("GET")) {
            return request.get();
        }
        if (method.equals("DELETE") && jsonBody.isEmpty()) {
            return request.delete();
        }
        return request.method(method, RequestBody.create(jsonBody.orElse(EMPTY), jsonBody.isPresent() ? JSON : null));
    }
}
