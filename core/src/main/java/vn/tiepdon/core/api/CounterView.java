package vn.tiepdon.core.api;

import java.util.Objects;

/** A counter as it stands: open or paused ({@code GET /api/v1/counters}, {@code counter.*} events). */
public record CounterView(String id, String name, boolean paused) {
    public CounterView {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
    }
}
