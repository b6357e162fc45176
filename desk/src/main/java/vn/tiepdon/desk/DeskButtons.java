package vn.tiepdon.desk;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JButton;
import vn.tiepdon.core.queue.CounterVerb;

/**
 * Every button of the desk, made in one place: a counter verb's ({@link VerbButton}) or a ticket
 * action's ({@link TicketAction}), each with its shortcut in its text, enabled by its rule.
 */
final class DeskButtons {
    private final DeskMessages messages;
    private final Consumer<CounterVerb> onVerb;
    private final Consumer<TicketAction> onAction;
    private final Map<CounterVerb, List<JButton>> verbs = new EnumMap<>(CounterVerb.class);
    private final Map<TicketAction, List<JButton>> actions = new EnumMap<>(TicketAction.class);

    DeskButtons(DeskMessages messages, Consumer<CounterVerb> onVerb, Consumer<TicketAction> onAction) {
        this.messages = messages;
        this.onVerb = onVerb;
        this.onAction = onAction;
    }

    /** The button of a counter verb; the primary one (call next) is big and blue. */
    JButton verb(VerbButton vb) {
        String text = messages.text(vb.textKey()) + " (" + vb.shortcut() + ")";
        JButton b = vb.primary() ? button(text, 22, 68) : button(text, 15, 44);
        if (vb.primary()) {
            b.setBackground(DeskStyle.PRIMARY);
            b.setForeground(Color.WHITE);
        }
        b.setName("verb." + vb.verb().name());
        b.addActionListener(e -> onVerb.accept(vb.verb()));
        verbs.computeIfAbsent(vb.verb(), v -> new ArrayList<>()).add(b);
        return b;
    }

    /** The button of a ticket action. */
    JButton action(TicketAction a) {
        JButton b = button(messages.text(a.textKey()) + " (" + a.shortcut() + ")", 15, 44);
        b.setName("action." + a.name());
        b.addActionListener(e -> onAction.accept(a));
        actions.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
        return b;
    }

    /** Enables each button by its rule for this snapshot, selection and typed number. */
    void update(DeskSnapshot s, Optional<DeskTicket> selected, String typedNumber) {
        for (VerbButton vb : VerbButton.ALL) {
            boolean on = vb.enabled().test(s);
            verbs.getOrDefault(vb.verb(), List.of()).forEach(b -> b.setEnabled(on));
        }
        actions.forEach((a, list) -> {
            boolean on = a.enabled(s, selected, typedNumber);
            list.forEach(b -> b.setEnabled(on));
        });
    }

    private static JButton button(String text, float size, int height) {
        JButton b = new FittingButton(text, size);
        b.setFont(DeskStyle.font(Font.BOLD, size));
        b.setMargin(new Insets(4, 4, 4, 4));
        b.setMaximumSize(new Dimension(Integer.MAX_VALUE, height));
        b.setPreferredSize(new Dimension(190, height));
        b.setFocusable(true);
        DeskKeys.leaveToDesk(b);
        return b;
    }

    /**
     * A button whose text shrinks (down to 11 pt) rather than being cut when the window is
     * narrow: every button keeps its shortcut readable.
     */
    private static final class FittingButton extends JButton {
        private static final long serialVersionUID = 1L;
        private static final float SMALLEST = 11;
        private final float size;

        FittingButton(String text, float size) {
            super(text);
            this.size = size;
        }

        @Override
        @SuppressWarnings("deprecation")
        public void reshape(int x, int y, int w, int h) {
            super.reshape(x, y, w, h);
            fit();
        }

        private void fit() {
            java.awt.Insets in = getInsets();
            int room = getWidth() - in.left - in.right;
            if (room <= 0 || getText() == null) {
                return;
            }
            float s = size;
            Font f = DeskStyle.font(Font.BOLD, s);
            while (s > SMALLEST && getFontMetrics(f).stringWidth(getText()) > room) {
                s -= 1;
                f = DeskStyle.font(Font.BOLD, s);
            }
            if (!f.equals(getFont())) {
                setFont(f);
            }
        }
    }
}
