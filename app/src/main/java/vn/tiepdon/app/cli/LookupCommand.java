package vn.tiepdon.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;

/**
 * {@code lookup}: one BHYT lookup at the gateway (or bhxh-sim), printed as one JSON object with
 * {@code code}, {@code class}, {@code patientMessage}, {@code staffMessage}, {@code card} (with
 * {@code newCard} when there is one), {@code millis} and {@code attempts}.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Look up one BHYT card or CCCD number at the BHXH gateway and print the classified result",
                "as JSON: code, class, patientMessage, staffMessage, card (newCard for codes 003/004), millis,",
                "attempts, outcome. Credentials from TIEPDON_BHXH_USERNAME, TIEPDON_BHXH_PASSWORD,",
                "TIEPDON_BHXH_STAFF_NAME, TIEPDON_BHXH_STAFF_CCCD (and TIEPDON_BHXH_URL, which --gateway overrides).",
                "Exit 0 with the JSON, 2 on bad input or missing credentials."})
public final class LookupCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--gateway", paramLabel = "URL", description = "gateway base URL (default: TIEPDON_BHXH_URL, "
            + "else gateway.url)")
    String gateway;

    @Option(names = "--card", required = true, paramLabel = "N",
            description = "BHYT number (10 or 15 characters) or 12-digit CCCD")
    String card;

    @Option(names = "--name", defaultValue = "", description = "full name as on the card")
    String name;

    @Option(names = "--dob", paramLabel = "yyyy-MM-dd|yyyy", description = "birth date, or only the year")
    String dob;

    @Override
    public Integer call() throws Exception {
        return run(config.load(), System.getenv(), System.out, System.err);
    }

    /** The command with its configuration and environment given (for tests). */
    int run(Settings settings, Map<String, String> environment, PrintStream out, PrintStream err)
            throws Exception {
        Optional<PartialDate> birth;
        try {
            birth = Optional.ofNullable(dob).filter(s -> !s.isBlank()).map(s -> PartialDate.parseIso(s.trim()));
        } catch (DateTimeException | IllegalArgumentException e) {
            err.println("tiepdon lookup: --dob must be yyyy-MM-dd or yyyy");
            return 2;
        }
        Map<String, String> env = new HashMap<>(environment);
        if (gateway != null) {
            env.put(GatewayCredentials.URL, gateway);
        }
        env.putIfAbsent(GatewayCredentials.URL, settings.gatewayUrl());
        GatewayCredentials credentials;
        try {
            Optional<GatewayCredentials> found = GatewayCredentials.fromEnvironment(env);
            if (found.isEmpty()) {
                err.println("tiepdon lookup: set TIEPDON_BHXH_USERNAME, TIEPDON_BHXH_PASSWORD, TIEPDON_BHXH_STAFF_NAME"
                        + " and TIEPDON_BHXH_STAFF_CCCD");
                return 2;
            }
            credentials = found.get();
        } catch (IllegalArgumentException e) {
            err.println("tiepdon lookup: " + e.getMessage());
            return 2;
        }
        GatewayEligibilityService service = GatewayEligibilityService.create(credentials, settings.gatewayBudget(),
                Clock.system(settings.hospital().zone()));
        LookupOutcome outcome = service.lookUp(new LookupRequest(card.trim(),
                Optional.of(name.trim()).filter(s -> !s.isEmpty()), birth));
        out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .writeValueAsString(toJson(outcome)));
        return 0;
    }

    /** The JSON object printed for {@code outcome}; {@code code} and {@code card} are null when absent. */
    public static Map<String, Object> toJson(LookupOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", outcome.resultCode().orElse(null));
        json.put("class", outcome.lookupClass().name());
        json.put("patientMessage", outcome.patientMessage());
        json.put("staffMessage", outcome.staffMessage());
        json.put("card", outcome instanceof LookupOutcome.Answered a ? a.card().map(LookupCommand::card).orElse(null)
                : null);
        json.put("millis", outcome.millis());
        json.put("attempts", outcome.attempts());
        json.put("outcome", outcome instanceof LookupOutcome.NoAnswer n ? "NO_ANSWER:" + n.reason() : "ANSWERED");
        return json;
    }

    private static Map<String, Object> card(GatewayCard c) {
        Map<String, Object> json = new LinkedHashMap<>();
        c.cardNumber().ifPresent(v -> json.put("cardNumber", v));
        c.fullName().ifPresent(v -> json.put("fullName", v));
        c.dateOfBirth().ifPresent(v -> json.put("dateOfBirth", v));
        c.sex().ifPresent(v -> json.put("sex", v));
        c.address().ifPresent(v -> json.put("address", v));
        c.registeredFacility().ifPresent(v -> json.put("registeredFacility", v));
        c.validFrom().ifPresent(v -> json.put("validFrom", v));
        c.validTo().ifPresent(v -> json.put("validTo", v));
        c.fiveYearDate().ifPresent(v -> json.put("fiveYearDate", v));
        c.socialInsuranceNumber().ifPresent(v -> json.put("socialInsuranceNumber", v));
        c.areaCode().ifPresent(v -> json.put("areaCode", v));
        c.newCard().ifPresent(n -> {
            Map<String, Object> fresh = new LinkedHashMap<>();
            fresh.put("cardNumber", n.cardNumber());
            n.validFrom().ifPresent(v -> fresh.put("validFrom", v));
            n.validTo().ifPresent(v -> fresh.put("validTo", v));
            n.registeredFacility().ifPresent(v -> fresh.put("registeredFacility", v));
            n.registeredFacilityName().ifPresent(v -> fresh.put("registeredFacilityName", v));
            json.put("newCard", fresh);
        });
        return json;
    }
}
