package org.agora.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions a manifest records: Agora's, MASON's and Java's. */
public final class Versions {

    private static final Properties BUILD = load();

    private Versions() {
    }

    public static String agora() {
        return BUILD.getProperty("agora.version", "unknown");
    }

    public static String mason() {
        return BUILD.getProperty("mason.version", "unknown");
    }

    public static String java() {
        return System.getProperty("java.version");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
