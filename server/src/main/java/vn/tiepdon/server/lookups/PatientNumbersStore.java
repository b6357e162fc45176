package vn.tiepdon.server.lookups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import vn.tiepdon.server.storage.Jdbc;

/**
 * Writes a lookup's {@link PatientNumbers} in the caller's transaction, completing what is there:
 * a value already stored stays, but for a 10-digit social-insurance number, which a full 15-character
 * card number from the gateway replaces.
 */
public final class PatientNumbersStore {
    private PatientNumbersStore() {
    }

    public static void complete(Connection c, long lookupId, PatientNumbers numbers) throws SQLException {
        if (numbers.equals(PatientNumbers.none())) {
            return;
        }
        String sql = "update lookups set cccd_number = coalesce(cccd_number, cast(? as varchar(12))),"
                + " bhyt_number = case when bhyt_number is null or (length(bhyt_number) < "
                + PatientNumbers.FULL_CARD_LENGTH + " and length(cast(? as varchar(15))) = " + PatientNumbers.FULL_CARD_LENGTH
                + ") then coalesce(cast(? as varchar(15)), bhyt_number) else bhyt_number end,"
                + " sex = coalesce(sex, cast(? as varchar(6))) where id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setOptionalString(ps, 1, numbers.cccdNumber());
            Jdbc.setOptionalString(ps, 2, numbers.bhytNumber());
            Jdbc.setOptionalString(ps, 3, numbers.bhytNumber());
            Jdbc.setOptionalString(ps, 4, numbers.sex().map(Enum::name));
            ps.setLong(5, lookupId);
            ps.executeUpdate();
        }
    }
}
