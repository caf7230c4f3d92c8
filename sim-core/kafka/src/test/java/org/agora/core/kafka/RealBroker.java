package org.agora.core.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a real single-node Kafka broker ({@link LocalBroker}, a forked JVM on 127.0.0.1 with
 * a free port and a temporary directory). One broker serves every test class of the test run,
 * because each start costs seconds; tests that stop it start it again before they end. Use with
 * {@code @ExtendWith(RealBroker.class)} and a {@link LocalBroker} parameter.
 */
public final class RealBroker implements ParameterResolver {

    private static final String KEY = "agora.kafka.broker";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> new Shared(), Shared.class);
        LocalBroker broker = shared.broker;
        if (!broker.running()) {
            broker.start();
        }
        return broker;
    }

    /** The broker and its directory, removed when the test run ends. */
    private static final class Shared implements AutoCloseable {
        private final Path directory;
        private final LocalBroker broker;

        Shared() {
            try {
                directory = Files.createTempDirectory("agora-kafka-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker = LocalBroker.start(directory, 0, "768m");
        }

        @Override
        public void close() throws IOException {
            broker.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
