package vn.tiepdon.server.eligibility;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer dispatcher playing the gateway from scripts: token answers (a valid token when
 * the script is empty), lookup answers and visit-history answers (HTTP 404 when the script is empty).
 */
final class ScriptedGateway extends Dispatcher {

    static final String ACCESS_TOKEN = "tok-3f9a1c";
    static final String ID_TOKEN = "id-77b2e0";

    final Queue<MockResponse> tokenAnswers = new ConcurrentLinkedQueue<>();
    final Queue<MockResponse> lookupAnswers = new ConcurrentLinkedQueue<>();
    final List<RecordedRequest> tokenRequests = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> lookupRequests = new CopyOnWriteArrayList<>();
    final Queue<MockResponse> historyAnswers = new ConcurrentLinkedQueue<>();
    final List<RecordedRequest> historyRequests = new CopyOnWriteArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        if (path.startsWith("/api/token/take")) {
            tokenRequests.add(request);
            MockResponse scripted = tokenAnswers.poll();
            return scripted != null ? scripted : token("3600");
        }
        if (path.startsWith("/api/egw/KQNhanLichSuKCB2024")) {
            lookupRequests.add(request);
            MockResponse scripted = lookupAnswers.poll();
            return scripted != null ? scripted : new MockResponse().setResponseCode(404).setBody("no script");
        }
        if (path.startsWith("/api/egw/Lskcb2025")) {
            historyRequests.add(request);
            MockResponse scripted = historyAnswers.poll();
            return scripted != null ? scripted : new MockResponse().setResponseCode(404).setBody("no script");
        }
        return new MockResponse().setResponseCode(404);
    }

    ScriptedGateway history(MockResponse... answers) {
        historyAnswers.addAll(List.of(answers));
        return this;
    }

    ScriptedGateway lookup(MockResponse... answers) {
        lookupAnswers.addAll(List.of(answers));
        return this;
    }

    static MockResponse token(String expiresInJson) {
        return json("{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"" + ACCESS_TOKEN + "\",\"id_token\":\""
                + ID_TOKEN + "\",\"token_type\":\"Bearer\",\"username\":\"01013_BV\",\"expires_in\":" + expiresInJson
                + "}}");
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
    }

    static MockResponse code(String maKetQua) {
        return json("{\"maKetQua\":\"" + maKetQua + "\",\"ghiChu\":\"\",\"maThe\":\"\",\"hoTen\":\"\"}");
    }

    static MockResponse eligible() {
        return json("{\"maKetQua\":\"000\",\"ghiChu\":\"Thẻ còn giá trị sử dụng.\",\"maThe\":\"HC4010185012345\","
                + "\"hoTen\":\"Nguyễn Văn An\",\"ngaySinh\":\"05/03/1985\",\"gioiTinh\":\"Nam\",\"diaChi\":\"Hà Nội\","
                + "\"maDKBD\":\"01013\",\"cqBHXH\":\"\",\"gtTheTu\":\"01/01/2025\",\"gtTheDen\":\"31/12/2030\","
                + "\"maKV\":\"\",\"ngayDu5Nam\":\"\",\"maSoBHXH\":\"0185012345\",\"maTheCu\":\"\","
                + "\"maTheMoi\":\"HC4010185012345\",\"dsLichSuKCB2018\":[],\"dsLichSuKT2018\":[]}");
    }
}
