package vn.tiepdon.desk;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.queue.CounterVerb;

/**
 * What came of a desk action; {@code message} is for the status line, in the desk's language.
 * {@code verb} is the counter verb; empty for loading the lists and for the actions on a chosen
 * ticket (call a number, transfer, return, bring back, a lookup override).
 */
public sealed interface DeskOutcome {
    Optional<CounterVerb> verb();

    String message();

    /** The server did it; {@code ticket} is the ticket it acted on (empty for a refresh or a counter's pause). */
    record Done(Optional<CounterVerb> verb, Optional<DeskTicket> ticket, String message) implements DeskOutcome {
        public Done {
            Objects.requireNonNull(verb);
            Objects.requireNonNull(ticket);
            Objects.requireNonNull(message);
        }
    }

    /** Nothing to act on: nobody waiting for this counter, no current ticket, already there. */
    record NothingToDo(Optional<CounterVerb> verb, String message) implements DeskOutcome {
        public NothingToDo {
            Objects.requireNonNull(verb);
            Objects.requireNonNull(message);
        }
    }

    /**
     * The server could not be reached or refused (or the typed number is not one, unsent); nothing
     * changed on the desk.
     */
    record Failed(Optional<CounterVerb> verb, String message) implements DeskOutcome {
        public Failed {
            Objects.requireNonNull(verb);
            Objects.requireNonNull(message);
        }
    }

    /** Another action was still under way (a double press); this one was not sent. */
    record Ignored(Optional<CounterVerb> verb, String message) implements DeskOutcome {
        public Ignored {
            Objects.requireNonNull(verb);
            Objects.requireNonNull(message);
        }
    }
}
