package org.agora.agents.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate and its key, made at test time with the JDK's {@code keytool} into a
 * directory of the test's (no key material is kept in the repository), for a test server speaking
 * TLS; and the trust store a user would make of the certificate, which the JVM is told to trust as a
 * user would tell it: with the {@code javax.net.ssl.trustStore} system properties.
 *
 * @param keyStore the PKCS#12 file with the key and its certificate
 * @param trustStore a PKCS#12 file with the certificate only
 */
public record TestCertificate(Path keyStore, Path trustStore) {

    private static final String PASSWORD = "test-only";
    private static final List<String> TRUST_PROPERTIES = List.of("javax.net.ssl.trustStore",
            "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType");

    /**
     * Makes a certificate for these subject alternative names (keytool's syntax:
     * {@code ip:127.0.0.1,dns:localhost}) in {@code directory}, its files named after {@code name}.
     */
    public static TestCertificate make(Path directory, String name, String alternativeNames) {
        Path keyStore = directory.resolve(name + "-key.p12");
        Path trustStore = directory.resolve(name + "-trust.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name, "-ext", "SAN=" + alternativeNames, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        try {
            KeyStore keys = load(keyStore);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry(name, keys.getCertificate(name));
            try (OutputStream out = Files.newOutputStream(trustStore)) {
                trusted.store(out, PASSWORD.toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new TestCertificate(keyStore, trustStore);
    }

    /** The server side of TLS with this certificate. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore), PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tells the JVM to trust this certificate (only), as a user would with {@code -Djavax.net.ssl.trustStore=…};
     * closing puts the properties back as they were. Clients made meanwhile trust it.
     */
    public Trust trustedByTheJvm() {
        List<String> before = TRUST_PROPERTIES.stream().map(System::getProperty).toList();
        System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        return () -> {
            for (int i = 0; i < TRUST_PROPERTIES.size(); i++) {
                if (before.get(i) == null) {
                    System.clearProperty(TRUST_PROPERTIES.get(i));
                } else {
                    System.setProperty(TRUST_PROPERTIES.get(i), before.get(i));
                }
            }
        };
    }

    /** The JVM's trust in a certificate, until closed. */
    public interface Trust extends AutoCloseable {
        /** Puts the trust store properties back as they were. */
        @Override
        void close();
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
