package org.agora.scenarios.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand that a module adds to {@code agora} (for example {@code gui} from the viz module),
 * found through {@link java.util.ServiceLoader}. Implementations are picocli commands
 * ({@code @Command(name = …)}) returning the exit status: 0 done, 1 failed, 2 bad input
 * (throw {@link org.agora.core.config.BadInputException} for the latter).
 */
public interface Subcommand extends Callable<Integer> {
}
