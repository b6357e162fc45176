package vn.tiepdon.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.tiepdon.core.identity.IdentityJson;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;

/**
 * {@code parse TEXT}: one JSON object on stdout and exit 0 when recognised; exit 2 with a
 * one-line reason on stderr otherwise. A code recognised only to be refused (the COVID-era QR, the
 * hospital's ticket QR) also prints its JSON ({@code kind}, {@code refused: true}, the ticket) on
 * stdout with exit 2.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse one scanned or typed code (CCCD QR, VNeID QR, 2024 Can cuoc QR, BHYT QR,",
                "12-digit CCCD, BHYT number) and print it as one JSON object. Exit 0 when recognised,",
                "2 with the reason on stderr otherwise (a COVID-era QR or a ticket QR: its JSON on stdout too)."})
public final class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "the code text, as the scanner gave it")
    String text;

    @Override
    public Integer call() throws JsonProcessingException {
        ParseResult result = new IdentityParser(Clock.systemDefaultZone()).parse(text);
        if (result instanceof ParseResult.Recognised r) {
            System.out.println(new ObjectMapper().writeValueAsString(IdentityJson.toMap(r.document())));
            return 0;
        }
        ParseResult.Rejected rejected = (ParseResult.Rejected) result;
        if (rejected.refused().isPresent()) {
            System.out.println(new ObjectMapper().writeValueAsString(IdentityJson.toMap(rejected.refused().get())));
            System.err.println("refused: " + rejected.reason());
            return 2;
        }
        System.err.println("not recognised: " + rejected.reason());
        return 2;
    }
}
