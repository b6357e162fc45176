package vn.tiepdon.devices.smartcard;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A card issuer for generated cards: a CSCA (country signing) certificate and a document signer
 * certified by it. Test and demo use only: the keys are generated, never the state's.
 */
public final class IssuingAuthority {
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final X509Certificate csca;
    private final X509Certificate documentSigner;
    private final PrivateKey documentSignerKey;
    private final SecureRandom random;

    private IssuingAuthority(X509Certificate csca, X509Certificate documentSigner, PrivateKey documentSignerKey,
            SecureRandom random) {
        this.csca = csca;
        this.documentSigner = documentSigner;
        this.documentSignerKey = documentSignerKey;
        this.random = random;
    }

    /**
     * Generates the two RSA-2048 key pairs and certificates, valid from the clock's now for ten
     * years; the same seed gives the same keys.
     *
     * @param name a short name for the certificates' subjects, e.g. {@code "tiepdon test"}
     */
    public static IssuingAuthority generate(String name, long seed, Clock clock) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048, random);
            KeyPair cscaKeys = rsa.generateKeyPair();
            KeyPair dsKeys = rsa.generateKeyPair();
            X500Principal cscaName = new X500Principal("CN=" + name + " CSCA, O=tiepdon test, C=VN");
            X500Principal dsName = new X500Principal("CN=" + name + " Document Signer, O=tiepdon test, C=VN");
            Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
            Date to = Date.from(clock.instant().plus(VALIDITY));
            X509Certificate csca = certificate(cscaName, cscaName, cscaKeys, cscaKeys.getPrivate(), BigInteger.ONE,
                    from, to, true);
            X509Certificate ds = certificate(cscaName, dsName, dsKeys, cscaKeys.getPrivate(), BigInteger.TWO,
                    from, to, false);
            return new IssuingAuthority(csca, ds, dsKeys.getPrivate(), random);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot generate a test issuing authority: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(X500Principal issuer, X500Principal subject, KeyPair subjectKeys,
            PrivateKey issuerKey, BigInteger serial, Date from, Date to, boolean ca)
            throws OperatorCreationException, GeneralSecurityException, java.io.IOException {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial, from, to, subject,
                subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    /** The CSCA certificate a reader must trust to verify this authority's cards. */
    public X509Certificate csca() {
        return csca;
    }

    public X509Certificate documentSigner() {
        return documentSigner;
    }

    PrivateKey documentSignerKey() {
        return documentSignerKey;
    }

    SecureRandom random() {
        return random;
    }
}
