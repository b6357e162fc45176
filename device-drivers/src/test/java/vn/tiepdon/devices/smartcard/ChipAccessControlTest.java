package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import org.junit.jupiter.api.Test;

class ChipAccessControlTest {

    @Test
    void usesPaceWhenCardAccessOffersIt() {
        PACEInfo offered = new PACEInfo(SecurityInfo.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2,
                PACEInfo.PARAM_ID_ECP_BRAINPOOL_P256_R1);
        byte[] cardAccess = new CardAccessFile(List.of(offered)).getEncoded();

        assertThat(ChipAccessControl.paceInfo(Optional.of(cardAccess))).hasValueSatisfying(info ->
                assertThat(info.getObjectIdentifier()).isEqualTo(SecurityInfo.ID_PACE_ECDH_GM_AES_CBC_CMAC_128));
    }

    @Test
    void usesBacWithoutCardAccess() {
        assertThat(ChipAccessControl.paceInfo(Optional.empty())).isEmpty();
    }

    @Test
    void usesBacWhenCardAccessIsUnreadable() {
        assertThat(ChipAccessControl.paceInfo(Optional.of(new byte[] {0x31, 0x05, 0x00}))).isEmpty();
    }
}
