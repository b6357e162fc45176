package vn.tiepdon.core.api;

/**
 * The answer to marking failed lookups "đã gửi BHXH": {@code marked} lookups got the date now;
 * {@code alreadyMarked} (of the ids named) kept the date they had; {@code notFailed} (of the ids
 * named) were not failed lookups of a check-in (unknown, succeeded, pending, or a re-run) and
 * were not marked.
 */
public record BhxhSentResult(int marked, int alreadyMarked, int notFailed) {
}
