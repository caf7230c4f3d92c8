package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands that take a broker's address for a run or a sweep (run, the sweep's coordinator,
 * worker) refuse one that cannot be an address, or where no broker answers, as bad input: one
 * line naming the option, status 2, no stack trace.
 */
class KafkaAddressesTest {

    private static final List<String> BAD = List.of("127.0.0.1:99999", "127.0.0.1:-1", "127.0.0.1", ":9092", "", "127.0.0.1:1");

    private static List<String> command(String name, String address) {
        return switch (name) {
            case "run" -> List.of("run", "test-walkers", "--until", "1", "--kafka", address);
            case "sweep" -> List.of("sweep", "src/test/resources/experiments/walkers-grid.yaml", "--distributed", "--kafka", address);
            default -> List.of("worker", "--kafka", address);
        };
    }

    @Test
    void anAddressThatIsNoBrokerIsOneLineAndStatusTwoInEveryCommand() {
        for (String name : List.of("run", "sweep", "worker")) {
            for (String address : BAD) {
                List<String> args = command(name, address);
                CliRunner result = CliRunner.run(args.toArray(String[]::new));
                assertThat(result.status()).as("%s: %s", args, result.err()).isEqualTo(2);
                assertThat(result.errLines()).as("%s", args).singleElement().asString().startsWith("agora " + name + ": --kafka")
                        .doesNotContain("internal error").doesNotContain("Exception");
            }
        }
    }
}
