package vn.tiepdon.bhxhsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A bare test client of the simulator over real HTTP. */
final class SimClient {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record Token(String accessToken, String idToken, String username) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String baseUrl;
    private final OkHttpClient http;

    SimClient(String baseUrl, Duration readTimeout) {
        this.baseUrl = baseUrl;
        this.http = new OkHttpClient.Builder().readTimeout(readTimeout).build();
    }

    /** A client whose connections leave from {@code localAddress} (e.g. 127.0.0.2, another loopback IP). */
    SimClient(String baseUrl, Duration readTimeout, String localAddress) {
        this.baseUrl = baseUrl;
        this.http = new OkHttpClient.Builder().readTimeout(readTimeout)
                .socketFactory(new BoundSocketFactory(localAddress)).build();
    }

    /** Binds every socket to one local address before it connects. */
    private static final class BoundSocketFactory extends javax.net.SocketFactory {
        private final java.net.InetSocketAddress local;

        BoundSocketFactory(String localAddress) {
            this.local = new java.net.InetSocketAddress(localAddress, 0);
        }

        @Override
        public java.net.Socket createSocket() throws IOException {
            java.net.Socket socket = new java.net.Socket();
            socket.bind(local);
            return socket;
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws IOException {
            return createSocket(java.net.InetAddress.getByName(host), port);
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress localHost, int localPort)
                throws IOException {
            return javax.net.SocketFactory.getDefault().createSocket(host, port, localHost, localPort);
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException {
            java.net.Socket socket = createSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress address, int port, java.net.InetAddress localAddress,
                                            int localPort) throws IOException {
            return javax.net.SocketFactory.getDefault().createSocket(address, port, localAddress, localPort);
        }
    }

    Reply takeTokenJson(String username, String passwordMd5) throws IOException {
        ObjectNode body = MAPPER.createObjectNode().put("username", username).put("password", passwordMd5);
        return post(baseUrl + "/api/token/take", RequestBody.create(body.toString(), JSON));
    }

    Reply takeTokenForm(String username, String passwordMd5) throws IOException {
        return post(baseUrl + "/api/token/take",
                new FormBody.Builder().add("username", username).add("password", passwordMd5).build());
    }

    Token demoToken() throws IOException {
        JsonNode key = takeTokenJson(SimSettings.DEMO_USERNAME, Md5.hex(SimSettings.DEMO_PASSWORD)).json()
                .get("APIKey");
        return new Token(key.get("access_token").asText(), key.get("id_token").asText(),
                key.get("username").asText());
    }

    Reply lookUp(Token token, String maThe, String hoTen, String ngaySinh) throws IOException {
        ObjectNode body = MAPPER.createObjectNode().put("maThe", maThe).put("hoTen", hoTen).put("ngaySinh", ngaySinh)
                .put("hoTenCb", SimSettings.DEMO_STAFF_NAME).put("cccdCb", SimSettings.DEMO_STAFF_CCCD);
        return lookUp(token, body.toString());
    }

    Reply lookUp(Token token, String jsonBody) throws IOException {
        HttpUrl url = HttpUrl.get(baseUrl + "/api/egw/KQNhanLichSuKCB2024").newBuilder()
                .addQueryParameter("token", token.accessToken())
                .addQueryParameter("id_token", token.idToken())
                .addQueryParameter("username", token.username())
                .addQueryParameter("password", Md5.hex(SimSettings.DEMO_PASSWORD))
                .build();
        return post(url.toString(), RequestBody.create(jsonBody, JSON));
    }

    /**
     * {@code POST /api/egw/Lskcb2025} with a form body of these fields and the demo staff
     * ({@code hoTenCb}, {@code cccdCb}), token, id token, username and password in the query string.
     */
    Reply history(Token token, String maThe, String hoTen, String ngaySinh) throws IOException {
        return history(token, new FormBody.Builder().add("maThe", maThe).add("hoTen", hoTen).add("ngaySinh", ngaySinh)
                .add("hoTenCb", SimSettings.DEMO_STAFF_NAME).add("cccdCb", SimSettings.DEMO_STAFF_CCCD).build());
    }

    /** {@code POST /api/egw/Lskcb2025} with this body and the demo password in the query string. */
    Reply history(Token token, RequestBody body) throws IOException {
        return history(token, body, Md5.hex(SimSettings.DEMO_PASSWORD));
    }

    /** {@code POST /api/egw/Lskcb2025} with this body and this password MD5 (null: none) in the query string. */
    Reply history(Token token, RequestBody body, String passwordMd5) throws IOException {
        HttpUrl.Builder url = HttpUrl.get(baseUrl + "/api/egw/Lskcb2025").newBuilder()
                .addQueryParameter("token", token.accessToken())
                .addQueryParameter("id_token", token.idToken())
                .addQueryParameter("username", token.username());
        if (passwordMd5 != null) {
            url.addQueryParameter("password", passwordMd5);
        }
        return post(url.build().toString(), body);
    }

    Reply get(String path) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(baseUrl + path).build()).execute()) {
            return new Reply(r.code(), r.header("Content-Type", ""), r.body().string());
        }
    }

    Reply postJson(String path, String json) throws IOException {
        return post(baseUrl + path, RequestBody.create(json, JSON));
    }

    private Reply post(String url, RequestBody body) throws IOException {
        try (Response r = http.newCall(new Request.Builder().url(url).post(body).build()).execute()) {
            return new Reply(r.code(), r.header("Content-Type", ""), r.body().string());
        }
    }

    void shutdown() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
