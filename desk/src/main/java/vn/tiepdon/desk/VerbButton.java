package vn.tiepdon.desk;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import vn.tiepdon.core.queue.CounterVerb;

/**
 * A counter verb's button on the desk: its keyboard shortcut, whether it is the big primary
 * button, and when it can be pressed. Its text is {@code action.<VERB>} in the bundles; what the
 * status line says after it, {@code outcome.done.<VERB>} and {@code outcome.nothing.<VERB>}.
 */
record VerbButton(CounterVerb verb, String shortcut, boolean primary, Predicate<DeskSnapshot> enabled) {
    VerbButton {
        Objects.requireNonNull(verb);
        Objects.requireNonNull(shortcut);
        Objects.requireNonNull(enabled);
    }

    /** The desk's buttons, in screen order: one line here for each counter verb. */
    static final List<VerbButton> ALL = List.of(
            new VerbButton(CounterVerb.NEXT, "F1", true, DeskSnapshot::canCallNext),
            new VerbButton(CounterVerb.RECALL, "F2", false, DeskSnapshot::canActOnCurrent),
            new VerbButton(CounterVerb.SKIP, "F3", false, DeskSnapshot::canActOnCurrent),
            new VerbButton(CounterVerb.FINISH, "F4", false, DeskSnapshot::canActOnCurrent),
            new VerbButton(CounterVerb.POSTPONE, "F5", false, DeskSnapshot::canActOnCurrent),
            new VerbButton(CounterVerb.PAUSE, "F6", false, DeskSnapshot::canPause),
            new VerbButton(CounterVerb.RESUME, "F7", false, DeskSnapshot::canResume));

    /** The bundle key of the button's text. */
    String textKey() {
        return "action." + verb.name();
    }
}
