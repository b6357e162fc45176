package vn.tiepdon.devices.smartcard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CSCA certificates a reader trusts: a folder of certificate files ({@code .der .cer .pem
 * .crt}, DER or PEM, several per PEM file). Empty ({@link #none()}) when none is configured:
 * passive authentication then ends in {@code UNTRUSTED_CHAIN}.
 */
public final class CscaTrustStore {
    private final List<X509Certificate> certificates;

    private CscaTrustStore(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    public static CscaTrustStore none() {
        return new CscaTrustStore(List.of());
    }

    public static CscaTrustStore of(List<X509Certificate> certificates) {
        return new CscaTrustStore(certificates);
    }

    /**
     * Loads every certificate file of a folder (not its subfolders).
     *
     * @throws IOException when the folder cannot be read or a file is not a certificate (naming the file)
     */
    public static CscaTrustStore load(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("CSCA folder " + folder + " does not exist");
        }
        List<X509Certificate> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(file) || !(name.endsWith(".der") || name.endsWith(".cer")
                        || name.endsWith(".pem") || name.endsWith(".crt"))) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    CertificateFactory factory = CertificateFactory.getInstance("X.509");
                    factory.generateCertificates(in).forEach(c -> out.add((X509Certificate) c));
                } catch (GeneralSecurityException e) {
                    throw new IOException("CSCA file " + file + " is not a certificate: " + e.getMessage(), e);
                }
            }
        }
        return new CscaTrustStore(out);
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }
}
