package vn.tiepdon.desk;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * What the desk shows of a ticket's chip portrait (read by the kiosk from the CCCD chip after the
 * ticket was printed): the picture to compare with the patient, or a line saying why there is none.
 */
public sealed interface DeskPortrait {

    /** Nothing to show: the ticket was not checked in with the chip, or its portrait was not asked for. */
    record Nothing() implements DeskPortrait {
    }

    /** Being fetched from the server. */
    record Loading(String text) implements DeskPortrait {
        public Loading {
            Objects.requireNonNull(text);
        }
    }

    /** A decoded JPEG portrait; never changed once made. */
    record Picture(BufferedImage image) implements DeskPortrait {
        public Picture {
            Objects.requireNonNull(image);
        }
    }

    /** No picture to show, and why, in the receptionist's words. */
    record Note(Reason reason, String text) implements DeskPortrait {
        public Note {
            Objects.requireNonNull(reason);
            Objects.requireNonNull(text);
        }
    }

    /** Why a chip ticket shows no picture. */
    enum Reason {
        /** The kiosk has not (yet) sent one. */
        NO_PORTRAIT,
        /** The chip holds JPEG 2000, which the desk cannot draw. */
        JPEG_2000,
        /** The image could not be decoded. */
        UNREADABLE,
        /** The server could not be asked. */
        UNAVAILABLE;

        /** Worth asking the server again later (the kiosk may send it, the server may come back). */
        boolean mayChange() {
            return this == NO_PORTRAIT || this == UNAVAILABLE;
        }
    }
}
