package vn.tiepdon.server.lookups;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.tiepdon.core.api.LookupView;

/**
 * Builds the staff view of stored lookups: {@link LookupRecord#toView()} and what other features
 * add to it (the checks of the card by other facilities).
 */
public interface LookupViews {
    /** The view of one lookup, reading in the caller's transaction. */
    LookupView of(Connection c, LookupRecord lookup) throws SQLException;

    /** The views of many lookups, in their order, with a fixed number of queries. */
    List<LookupView> of(List<LookupRecord> lookups);

    /** Only what the lookup row holds. */
    static LookupViews plain() {
        return new LookupViews() {
            @Override
            public LookupView of(Connection c, LookupRecord lookup) {
                return lookup.toView();
            }

            @Override
            public List<LookupView> of(List<LookupRecord> lookups) {
                return lookups.stream().map(LookupRecord::toView).toList();
            }
        };
    }
}
