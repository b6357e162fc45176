package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.TicketStatus;

/** Vietnamese first, English available: both bundles have the same keys, and English has no Vietnamese. */
class DeskEnglishTest {
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeskEnglishTest.class.getResourceAsStream("/vn/tiepdon/desk/messages_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEnglishHasNoVietnamese() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");

        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(VIETNAMESE.matcher(en.getProperty(key)).find()).as(key + "=" + en.getProperty(key)).isFalse();
        }
    }

    /** The keys the desk builds from its enums: each must be in both bundles. */
    private static List<String> keysBuiltFromEnums() {
        List<String> keys = new ArrayList<>();
        VerbButton.ALL.forEach(vb -> {
            keys.add(vb.textKey());
            keys.add("outcome.done." + vb.verb());
            keys.add("outcome.nothing." + vb.verb());
        });
        for (TicketAction a : TicketAction.values()) {
            keys.add(a.textKey());
        }
        for (LookupOverride.Action a : LookupOverride.Action.values()) {
            keys.add("fix.action." + a);
        }
        for (LookupFix.Field f : LookupFix.Field.values()) {
            keys.add("fix.field." + f);
        }
        for (DocumentKind d : DocumentKind.values()) {
            keys.add("document." + d);
        }
        for (IdentificationMethod m : IdentificationMethod.values()) {
            keys.add("method." + m);
        }
        for (TicketStatus s : TicketStatus.values()) {
            keys.add("status." + s);
        }
        for (DeskLists.Tab t : DeskLists.Tab.values()) {
            keys.add("tab." + t);
        }
        for (TicketTableModel.Column c : TicketTableModel.Column.values()) {
            keys.add(c.headerKey());
        }
        for (LookupClass c : LookupClass.values()) {
            keys.add("lookup." + c);
        }
        for (var p : vn.tiepdon.core.api.ReturnRequest.Position.values()) {
            keys.add("outcome.done.RETURN." + p);
        }
        for (VisitHistory.Column c : VisitHistory.Column.values()) {
            keys.add("history.column." + c);
        }
        for (String code : List.of("1", "2", "3", "4")) {
            keys.add("history.status." + code);
            keys.add("history.reason." + code);
        }
        for (String code : List.of("1", "2", "3", "4", "5")) {
            keys.add("history.result." + code);
        }
        return keys;
    }

    @Test
    void everyTextBuiltFromAnEnumExistsInBothLanguages() {
        DeskMessages vi = DeskMessages.vietnamese();
        DeskMessages en = new DeskMessages(Locale.ENGLISH);
        for (String key : keysBuiltFromEnums()) {
            assertThat(vi.text(key)).as(key).isNotEqualTo(key);
            assertThat(en.text(key)).as(key).isNotEqualTo(key).isNotEqualTo(vi.text(key));
        }
    }

    @Test
    void englishPatternsFormatWithTheirArguments() {
        DeskMessages en = new DeskMessages(Locale.ENGLISH);

        assertThat(en.text("outcome.badNumber", "12"))
                .isEqualTo("\"12\" is not a ticket number: type the queue letter and the number, for example A012");
        assertThat(en.text("waiting.title", "All queues", "6", "2")).isEqualTo("All queues: 6 waiting · 2 lookups to fix");
        assertThat(en.text("fix.audit.line", "09:00", "user:lan", "Fee-paying visit", "chose to pay", "—"))
                .isEqualTo("09:00 · user:lan · Fee-paying visit · reason: chose to pay · —");
    }
}
