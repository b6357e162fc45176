package vn.tiepdon.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.ChipReadResult;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityJson;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.devices.smartcard.ChipContentReader;
import vn.tiepdon.devices.smartcard.CscaTrustStore;
import vn.tiepdon.devices.smartcard.PassiveAuthenticator;
import vn.tiepdon.devices.smartcard.PcscCardReader;
import vn.tiepdon.devices.smartcard.TerminalSource;

/**
 * {@code read-card}: reads the CCCD chip on a PC/SC reader and prints one JSON object (exit 0),
 * or one line with the reason on stderr (exit 2).
 */
@Command(name = "read-card", mixinStandardHelpOptions = true,
        description = {"Read the CCCD chip on a PC/SC reader (BAC or PACE, DG1, DG13, SOD, passive authentication)",
                "and print it as one JSON object. The chip's key comes from the card's QR or typed values.",
                "Exit 0 on a read, 2 with the reason on stderr otherwise."})
public final class ReadCardCommand implements Callable<Integer> {

    @Option(names = "--reader", paramLabel = "NAME",
            description = "part of the reader's PC/SC name (a regular expression, case-insensitive); default: the first reader")
    String reader;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    static final class Key {
        @Option(names = "--qr", paramLabel = "TEXT", required = true, description = "the QR text on the front of the same card")
        String qr;

        @ArgGroup(exclusive = false)
        Typed typed;
    }

    static final class Typed {
        @Option(names = "--id", paramLabel = "N", required = true, description = "the 12-digit CCCD number")
        String id;

        @Option(names = "--dob", paramLabel = "yyyy-MM-dd", required = true, description = "birth date")
        String dob;

        @Option(names = "--issued", paramLabel = "yyyy-MM-dd", description = "issue date (the expiry follows from it)")
        String issued;

        @Option(names = "--expiry", paramLabel = "yyyy-MM-dd", description = "expiry date, as printed on the card")
        String expiry;
    }

    @Option(names = "--csca", paramLabel = "DIR",
            description = "folder of trusted CSCA certificates (.der .cer .pem .crt); without it the chain is not checked")
    Path csca;

    @Option(names = "--portrait", paramLabel = "FILE", description = "also read DG2 and write the portrait image here")
    Path portrait;

    @Override
    public Integer call() {
        Clock clock = Clock.systemDefaultZone();
        try {
            ChipKeyCandidates keys = keys(LocalDate.now(clock), clock);
            CscaTrustStore trust = csca == null ? CscaTrustStore.none() : CscaTrustStore.load(csca);
            Pattern name = Pattern.compile(reader == null ? "" : reader, Pattern.CASE_INSENSITIVE);
            PcscCardReader chipReader = new PcscCardReader(TerminalSource.pcsc(), name,
                    new ChipContentReader(new PassiveAuthenticator(trust), clock), Duration.ofMillis(250), true);
            ChipReadResult result = chipReader.read(keys, portrait != null);
            if (result instanceof ChipReadResult.Failed failed) {
                return fail("chip not read: " + failed.failure() + ": " + failed.detail());
            }
            ChipReadResult.Read read = (ChipReadResult.Read) result;
            if (portrait != null && read.portrait().isPresent()) {
                Files.write(portrait, read.portrait().get());
            }
            System.out.println(new ObjectMapper().writeValueAsString(json(read)));
            return 0;
        } catch (BadInput e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail(e.getMessage());
        } catch (PatternSyntaxException e) {
            return fail("--reader is not a valid pattern: " + e.getDescription());
        }
    }

    /** The {@code read-card} JSON: the identity (names of {@code parse}, plus DG13's), source, access, checks, costs. */
    public static Map<String, Object> json(ChipReadResult.Read read) {
        LinkedHashMap<String, Object> map = IdentityJson.toMap(read.identity());
        map.put("source", "CHIP");
        map.put("access", read.access().name());
        PassiveAuthReport pa = read.passiveAuth();
        LinkedHashMap<String, Object> passive = new LinkedHashMap<>();
        passive.put("hashes", pa.hashes().name());
        passive.put("signature", pa.signature().name());
        passive.put("chain", pa.chain().name());
        passive.put("verdict", pa.verdict().name());
        map.put("passiveAuth", passive);
        map.put("keyAttempts", read.keyAttempts());
        map.put("keyBasis", read.key().basis());
        map.put("apdus", read.apdus());
        map.put("bytes", read.bytes());
        map.put("millis", read.millis());
        return map;
    }

    private ChipKeyCandidates keys(LocalDate today, Clock clock) throws BadInput {
        if (key.qr != null) {
            ParseResult parsed = new IdentityParser(clock).parse(key.qr);
            if (!(parsed instanceof ParseResult.Recognised r) || r.document().kind() != DocumentKind.CCCD_QR) {
                throw new BadInput("--qr is not the QR of a CCCD"
                        + (parsed instanceof ParseResult.Rejected rej ? ": " + rej.reason() : ""));
            }
            return ChipKeys.fromDocument(r.document(), today)
                    .orElseThrow(() -> new BadInput("the QR lacks the ID or the birth date"));
        }
        Typed t = key.typed;
        if (t.id == null || !t.id.matches("[0-9]{12}")) {
            throw new BadInput("--id must be the 12-digit CCCD number");
        }
        return ChipKeys.fromValues(t.id, date(t.dob, "--dob").orElseThrow(), date(t.issued, "--issued"),
                date(t.expiry, "--expiry"), today);
    }

    private static Optional<LocalDate> date(String text, String option) throws BadInput {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new BadInput(option + " must be a date yyyy-MM-dd");
        }
    }

    private static int fail(String reason) {
        System.err.println(reason);
        return 2;
    }

    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message, null, false, false);
        }
    }
}
