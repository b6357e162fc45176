package vn.tiepdon.server.proof;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The proof of a failed lookup as texts, ready to be laid out on one page: what {@link ProofContent}
 * says and {@link ProofPdf} draws. No personal data is masked here: the page is the hospital's
 * record of exactly what was sent.
 *
 * @param notice   a highlighted line under the title (a lookup still retried: the proof is provisional)
 * @param before   the sections above the table of requests
 * @param attempts every request sent for the lookup
 * @param after    the sections below the table (the receptionist's override)
 * @param footer   small lines at the bottom (when and by whom it was printed)
 */
public record ProofDocument(String title, String subtitle, Optional<String> notice, List<Section> before,
                            AttemptTable attempts, List<Section> after, Signature signature, List<String> footer) {
    public ProofDocument {
        Objects.requireNonNull(title);
        Objects.requireNonNull(subtitle);
        Objects.requireNonNull(notice);
        before = List.copyOf(before);
        Objects.requireNonNull(attempts);
        after = List.copyOf(after);
        Objects.requireNonNull(signature);
        footer = List.copyOf(footer);
    }

    /** A heading and its label: value lines. */
    public record Section(String heading, List<Field> fields) {
        public Section {
            Objects.requireNonNull(heading);
            fields = List.copyOf(fields);
        }
    }

    /** One line of a section: a label and its value (wrapped when long). */
    public record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    /**
     * The requests sent, one row each, oldest first. When they do not all fit on the page the first
     * and the last ones are shown and {@code omitted} (a format with one {@code %d}) says how many
     * were left out.
     *
     * @param widths each column's share of the page's width (the same length as {@code headers})
     */
    public record AttemptTable(String heading, List<String> headers, List<Float> widths, List<List<String>> rows,
                               String omitted, String empty) {
        public AttemptTable {
            Objects.requireNonNull(heading);
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            Objects.requireNonNull(omitted);
            Objects.requireNonNull(empty);
            int columns = headers.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell per column");
            }
        }
    }

    /** The place for the signatures: left and right captions, each with a line below. */
    public record Signature(String date, String left, String right, String hint) {
        public Signature {
            Objects.requireNonNull(date);
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
            Objects.requireNonNull(hint);
        }
    }
}
