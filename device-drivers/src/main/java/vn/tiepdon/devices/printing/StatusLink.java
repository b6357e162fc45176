package vn.tiepdon.devices.printing;

import java.io.IOException;
import java.util.OptionalInt;

/** The two-way part of a printer wire: send a few bytes, read one reply byte within a timeout. */
interface StatusLink {

    void write(byte[] bytes) throws IOException;

    /** The next byte from the printer, or empty when none came within the link's timeout. */
    OptionalInt readByte() throws IOException;
}
