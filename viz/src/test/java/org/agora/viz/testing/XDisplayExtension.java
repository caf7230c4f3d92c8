package org.agora.viz.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a GUI test class on a real X display. With {@code DISPLAY} set, the tests run here, on it.
 * Without one, it starts Xvfb on a free display and runs the class again in a JVM of its own with
 * {@code DISPLAY} pointing there — an X client takes its display from the process environment,
 * which a running JVM cannot change — and reports each test's outcome from that JVM as its own:
 * here the test methods (and their set-up and tear-down methods) are not run.
 *
 * <p>The other JVM's output goes to {@code target/x-display/CLASS.log}.
 */
public final class XDisplayExtension implements BeforeAllCallback, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(XDisplayExtension.class);
    private static final long CLASS_TIMEOUT_MINUTES = 20;

    /** Whether this JVM has a display to open windows on. */
    static boolean hasDisplay() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (hasDisplay()) {
            return;
        }
        Path folder = Path.of("target", "x-display").toAbsolutePath();
        Xvfb server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Xvfb.class, key -> {
            try {
                return Xvfb.start(folder.resolve("xvfb.log"));
            } catch (IOException e) {
                throw new IllegalStateException("cannot start Xvfb", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting Xvfb", e);
            }
        }, Xvfb.class);
        Class<?> testClass = context.getRequiredTestClass();
        IsolatedResults results = runElsewhere(testClass, server.display(), folder);
        context.getStore(NAMESPACE).put(IsolatedResults.class, results);
    }

    private static IsolatedResults runElsewhere(Class<?> testClass, String display, Path folder)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path report = folder.resolve(testClass.getName() + ".results");
        Path log = folder.resolve(testClass.getName() + ".log");
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-agentlib:jdwp")) {
                command.add(argument);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(IsolatedClassMain.class.getName());
        command.add(testClass.getName());
        command.add(report.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        if (!process.waitFor(CLASS_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(testClass.getSimpleName() + " did not finish within " + CLASS_TIMEOUT_MINUTES
                    + " min on display " + display + " (see " + log + ")");
        }
        return IsolatedResults.read(report, log);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        IsolatedResults results = results(context);
        if (results == null) {
            invocation.proceed();
            return;
        }
        invocation.skip();
        results.replay(context.getUniqueId());
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        skipIfElsewhere(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        skipIfElsewhere(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        skipIfElsewhere(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        skipIfElsewhere(invocation, context);
    }

    private static void skipIfElsewhere(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        if (results(context) == null) {
            invocation.proceed();
        } else {
            invocation.skip();
        }
    }

    private static IsolatedResults results(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(IsolatedResults.class, IsolatedResults.class);
    }
}
