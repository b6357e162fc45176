package vn.tiepdon.server.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.api.VisitView;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.GatewayTimes;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;

/**
 * Reads gateway bodies the way they come: UTF-8 with or without a byte-order mark, {@code maKetQua}
 * as text or number, fields missing, or an HTML error page instead of JSON.
 */
final class GatewayJson {

    private GatewayJson() {
    }

    /** The body as a JSON object, when it is one. */
    static Optional<JsonNode> object(ObjectMapper mapper, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.strip();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(text);
            return Optional.ofNullable(node).filter(JsonNode::isObject);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code maKetQua} as a normalized code, whether sent as text or as a number. */
    static Optional<String> resultCode(JsonNode json) {
        JsonNode code = json.get("maKetQua");
        if (code == null || code.isNull() || code.isContainerNode()) {
            return Optional.empty();
        }
        String text = code.isNumber() ? code.decimalValue().stripTrailingZeros().toPlainString() : code.asText();
        return Optional.of(ResultCodes.normalize(text)).filter(s -> !s.isEmpty());
    }

    /**
     * The lookup reply in a response with this HTTP status and body. HTTP 401 and 403 count as code
     * {@code 401} (token refused: log in again; if it stays refused, the account or IP is wrong).
     */
    static GatewayReply lookupReply(ObjectMapper mapper, int status, String contentType, byte[] body) {
        Optional<JsonNode> json = object(mapper, body);
        Optional<String> code = json.flatMap(GatewayJson::resultCode);
        Optional<ReceivedReply> received = Optional.of(new ReceivedReply(status, body.length,
                json.flatMap(GatewayJson::message)));
        if (status == 401 || status == 403) {
            return new GatewayReply.Coded("401", Optional.empty(), received);
        }
        if (code.isPresent()) {
            return new GatewayReply.Coded(code.get(), card(json.get()), received);
        }
        String what = json.isPresent() ? "no maKetQua" : looksLikeHtml(body) ? "HTML page" : "unreadable body";
        String detail = "HTTP " + status + ", " + what + (contentType.isEmpty() ? "" : ", " + contentType);
        return new GatewayReply.Failed(LookupOutcome.Reason.BAD_RESPONSE, detail, status >= 500, received);
    }

    /** {@code ghiChu} (any letter case: one endpoint answers {@code GhiChu}). */
    static Optional<String> message(JsonNode json) {
        Optional<String> exact = text(json, "ghiChu");
        if (exact.isPresent()) {
            return exact;
        }
        for (var it = json.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equalsIgnoreCase("ghiChu")) {
                return text(json, name);
            }
        }
        return Optional.empty();
    }

    /** The card fields of an answer; empty when it carries none. */
    static Optional<GatewayCard> card(JsonNode json) {
        Optional<String> cardNumber = text(json, "maThe");
        Optional<String> newCardNumber = text(json, "maTheMoi").filter(n -> !cardNumber.equals(Optional.of(n)));
        Optional<GatewayCard.NewCard> newCard = newCardNumber.map(n -> new GatewayCard.NewCard(n,
                text(json, "gtTheTuMoi"), text(json, "gtTheDenMoi"), text(json, "maDKBDMoi"),
                text(json, "tenDKBDMoi")));
        GatewayCard card = new GatewayCard(cardNumber, text(json, "hoTen"), text(json, "ngaySinh"),
                text(json, "gioiTinh"), text(json, "diaChi"), text(json, "maDKBD"), text(json, "gtTheTu"),
                text(json, "gtTheDen"), text(json, "ngayDu5Nam"), text(json, "maSoBHXH"), text(json, "maKV"),
                newCard, checks(json.get("dsLichSuKT2018")));
        boolean any = card.cardNumber().isPresent() || card.fullName().isPresent()
                || card.socialInsuranceNumber().isPresent() || newCard.isPresent();
        return any ? Optional.of(card) : Optional.empty();
    }

    /**
     * The checks of the card by facilities ({@code dsLichSuKT2018}); empty when the list is missing,
     * null or not a list. Items that are not objects, or lack the account or the time, are skipped.
     */
    static List<GatewayCard.Check> checks(JsonNode list) {
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<GatewayCard.Check> out = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                continue;
            }
            Optional<String> user = text(item, "userKT");
            Optional<String> at = text(item, "thoiGianKT");
            if (user.isPresent() && at.isPresent()) {
                out.add(new GatewayCard.Check(user.get(), at.get(), text(item, "thongBao"), text(item, "maLoi")));
            }
        }
        return out;
    }

    /**
     * The visit-history reply ({@code Lskcb2025}) in a response with this HTTP status and body, read
     * like a card check's: HTTP 401 and 403 count as code {@code 401}; a {@code maKetQua} is an
     * answer (with the visits listed, if any); anything else (an HTML page, a body that is not JSON,
     * JSON without a code) is a {@code BAD_RESPONSE}.
     */
    static VisitHistoryResult historyReply(ObjectMapper mapper, int status, String contentType, byte[] body) {
        Optional<JsonNode> json = object(mapper, body);
        Optional<String> code = json.flatMap(GatewayJson::resultCode);
        if (status == 401 || status == 403) {
            return new VisitHistoryResult.Answered("401", List.of());
        }
        if (code.isPresent()) {
            return new VisitHistoryResult.Answered(code.get(), visits(json.get().get("dsLichSuKCB2025")));
        }
        String what = json.isPresent() ? "no maKetQua" : looksLikeHtml(body) ? "HTML page" : "unreadable body";
        String detail = "HTTP " + status + ", " + what + (contentType.isEmpty() ? "" : ", " + contentType);
        return new VisitHistoryResult.Failed(LookupOutcome.Reason.BAD_RESPONSE, detail, status >= 500);
    }

    /**
     * The visits of a history ({@code dsLichSuKCB2025}); empty when the list is missing, null or not a
     * list. Each field is optional (a time that is not {@code yyyyMMddHHmm} is left out); items that
     * are not objects or carry no field at all are skipped.
     */
    static List<VisitView> visits(JsonNode list) {
        if (list == null || !list.isArray()) {
            return List.of();
        }
        List<VisitView> out = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                continue;
            }
            VisitView visit = new VisitView(text(item, "maHoSo"), text(item, "maCSKCB"),
                    text(item, "ngayVao").flatMap(GatewayTimes::minute),
                    text(item, "ngayRa").flatMap(GatewayTimes::minute), text(item, "tenBenh"),
                    text(item, "tinhTrang"), text(item, "kqDieuTri"), text(item, "lyDoVV"));
            if (!visit.equals(new VisitView(null, null, null, null, null, null, null, null))) {
                out.add(visit);
            }
        }
        return out;
    }

    /** A scalar field as trimmed text; empty when missing, null, blank or not a scalar. */
    static Optional<String> text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().trim()).filter(s -> !s.isEmpty());
    }

    static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading();
        return start.startsWith("<");
    }
}
