package vn.tiepdon.app.demo;

import java.util.List;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.server.CheckinOptions;
import vn.tiepdon.server.HospitalSetup;

/**
 * The demo shows kiosk registration: it turns {@code checkin.kioskRegistration} on, with the
 * configuration's clinics, or — when it lists none, as the shipped {@code config/tiepdon.yaml} —
 * eight sample specialties whose tickets wait in the default queue.
 */
public final class DemoClinics {
    private DemoClinics() {
    }

    /** {@code hospital} with kiosk registration on (its fee-paying queue and choice window unchanged). */
    public static HospitalSetup withKioskRegistration(HospitalSetup hospital) {
        CheckinOptions options = hospital.checkin();
        List<ClinicDefinition> clinics = options.clinics().isEmpty() ? samples(hospital.defaultQueueId())
                : options.clinics();
        return hospital.withCheckin(new CheckinOptions(clinics, true, options.feePayingQueueId(),
                options.kioskChoiceWindow()));
    }

    /** Eight specialties of a provincial general hospital, on two floors. */
    static List<ClinicDefinition> samples(String queue) {
        return List.of(
                new ClinicDefinition("noi", "Nội tổng quát", "Phòng 101 – Tầng 1", queue),
                new ClinicDefinition("ngoai", "Ngoại tổng quát", "Phòng 105 – Tầng 1", queue),
                new ClinicDefinition("nhi", "Nhi", "Phòng 110 – Tầng 1", queue),
                new ClinicDefinition("san", "Sản – Phụ khoa", "Phòng 203 – Tầng 2", queue),
                new ClinicDefinition("rhm", "Răng Hàm Mặt", "Phòng 207 – Tầng 2", queue),
                new ClinicDefinition("tmh", "Tai Mũi Họng", "Phòng 209 – Tầng 2", queue),
                new ClinicDefinition("mat", "Mắt", "Phòng 212 – Tầng 2", queue),
                new ClinicDefinition("yhct", "Y học cổ truyền", "Phòng 301 – Tầng 3", queue));
    }
}
