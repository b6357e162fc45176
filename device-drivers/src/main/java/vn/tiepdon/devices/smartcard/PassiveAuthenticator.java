package vn.tiepdon.devices.smartcard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmrtd.lds.SODFile;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.core.identity.PassiveAuthReport.ChainCheck;
import vn.tiepdon.core.identity.PassiveAuthReport.Check;

/**
 * Passive authentication (ICAO 9303-11 §5.1): each data group read is hashed and compared with
 * EF.SOD; the SOD's CMS signature is verified with the document signer certificate it carries;
 * that certificate is verified against the trusted CSCA certificates. A SOD that cannot be
 * parsed is a {@link ChipFailure#MALFORMED_DATA} failure, not a verdict.
 */
public final class PassiveAuthenticator {
    private final CscaTrustStore trustStore;

    public PassiveAuthenticator(CscaTrustStore trustStore) {
        this.trustStore = trustStore;
    }

    /** @param dataGroups raw bytes of the data groups read, by data group number */
    public PassiveAuthReport verify(Map<Integer, byte[]> dataGroups, byte[] sodBytes) throws ChipDataException {
        SODFile sod = parse(sodBytes);
        List<Integer> checked = new ArrayList<>();
        List<Integer> mismatched = new ArrayList<>();
        Map<Integer, byte[]> signedHashes = sod.getDataGroupHashes();
        try {
            MessageDigest digest = MessageDigest.getInstance(sod.getDigestAlgorithm());
            for (Map.Entry<Integer, byte[]> dg : dataGroups.entrySet()) {
                checked.add(dg.getKey());
                byte[] expected = signedHashes.get(dg.getKey());
                if (expected == null || !Arrays.equals(expected, digest.digest(dg.getValue()))) {
                    mismatched.add(dg.getKey());
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "EF.SOD names an unknown digest algorithm", e);
        }
        X509Certificate signer = signerCertificate(sod);
        Check signature = signatureValid(sodBytes, signer) ? Check.OK : Check.FAILED;
        ChainCheck chain = chain(signer);
        return PassiveAuthReport.of(mismatched.isEmpty() ? Check.OK : Check.FAILED, signature, chain, checked,
                mismatched);
    }

    private static SODFile parse(byte[] sodBytes) throws ChipDataException {
        try {
            return new SODFile(new ByteArrayInputStream(sodBytes));
        } catch (IOException | RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "EF.SOD is truncated or malformed ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static X509Certificate signerCertificate(SODFile sod) throws ChipDataException {
        try {
            X509Certificate cert = sod.getDocSigningCertificate();
            if (cert == null) {
                throw new ChipDataException(ChipFailure.MALFORMED_DATA, "EF.SOD carries no document signer certificate");
            }
            return cert;
        } catch (RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "EF.SOD's document signer certificate is malformed",
                    e);
        }
    }

    private static boolean signatureValid(byte[] sodBytes, X509Certificate signer) throws ChipDataException {
        CMSSignedData signed;
        try {
            ASN1TaggedObject outer = (ASN1TaggedObject) ASN1Primitive.fromByteArray(sodBytes);
            signed = new CMSSignedData(ContentInfo.getInstance(outer.getBaseObject()));
        } catch (IOException | CMSException | RuntimeException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "EF.SOD is not a CMS SignedData", e);
        }
        List<SignerInformation> signers = new ArrayList<>(signed.getSignerInfos().getSigners());
        if (signers.isEmpty()) {
            return false;
        }
        try {
            for (SignerInformation info : signers) {
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer))) {
                    return false;
                }
            }
            return true;
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private ChainCheck chain(X509Certificate signer) {
        if (trustStore.isEmpty()) {
            return ChainCheck.NO_CSCA;
        }
        for (X509Certificate csca : trustStore.certificates()) {
            if (!csca.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) {
                continue;
            }
            try {
                signer.verify(csca.getPublicKey());
                return ChainCheck.OK;
            } catch (GeneralSecurityException | RuntimeException e) {
                // another CSCA with the same name may still certify it
            }
        }
        return ChainCheck.FAILED;
    }
}
