package vn.tiepdon.core.api;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One visit of the patient's BHYT history as the gateway's {@code Lskcb2025} lists it, each field
 * as the gateway wrote it and empty when it sent none: the record id ({@code maHoSo}), the
 * facility's 5-digit code ({@code maCSKCB}), admission and discharge (local time, from
 * {@code ngayVao}/{@code ngayRa} {@code yyyyMMddHHmm}), the diagnosis ({@code tenBenh}), the
 * discharge status ({@code tinhTrang}), the treatment result ({@code kqDieuTri}) and the reason of
 * admission ({@code lyDoVV}) — the last three are the gateway's codes ({@code 1}, {@code 2}…),
 * which screens name.
 */
public record VisitView(Optional<String> recordId, Optional<String> facilityCode, Optional<LocalDateTime> admittedAt,
                        Optional<LocalDateTime> dischargedAt, Optional<String> diagnosis, Optional<String> status,
                        Optional<String> result, Optional<String> reason) {
    public VisitView {
        recordId = recordId == null ? Optional.empty() : recordId;
        facilityCode = facilityCode == null ? Optional.empty() : facilityCode;
        admittedAt = admittedAt == null ? Optional.empty() : admittedAt;
        dischargedAt = dischargedAt == null ? Optional.empty() : dischargedAt;
        diagnosis = diagnosis == null ? Optional.empty() : diagnosis;
        status = status == null ? Optional.empty() : status;
        result = result == null ? Optional.empty() : result;
        reason = reason == null ? Optional.empty() : reason;
    }
}
