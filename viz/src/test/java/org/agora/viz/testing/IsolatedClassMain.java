package org.agora.viz.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The other JVM of {@link XDisplayExtension}: runs one test class with the JUnit Platform and
 * writes each test's outcome, by unique id, to a properties file. Arguments: the class, the file.
 */
public final class IsolatedClassMain {

    private IsolatedClassMain() {
    }

    public static void main(String[] args) throws IOException {
        Properties outcomes = new Properties();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(args[0])).build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.isTest()) {
                    result.getThrowable().ifPresent(failure -> System.err.println(test.getUniqueId() + ": " + trace(failure)));
                    return;
                }
                String status = switch (result.getStatus()) {
                    case SUCCESSFUL -> IsolatedResults.SUCCESSFUL;
                    case ABORTED -> IsolatedResults.ABORTED;
                    case FAILED -> IsolatedResults.FAILED;
                };
                outcomes.setProperty(test.getUniqueId(), status + "\n" + result.getThrowable().map(IsolatedClassMain::trace).orElse(""));
                System.out.println(test.getDisplayName() + ": " + status);
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                outcomes.setProperty(test.getUniqueId(), IsolatedResults.ABORTED + "\n" + reason);
            }
        });
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            outcomes.store(out, null);
        }
        System.exit(0);
    }

    private static String trace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
