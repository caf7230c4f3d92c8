package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.config.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A second broker on a data directory in use is refused before it touches the directory; the first keeps serving. */
@ExtendWith(RealBroker.class)
class BrokerDataLockIT {

    @TempDir
    Path dir;

    @Test
    void aSecondBrokerOnTheSameDataIsRefusedAndTheFirstKeepsServing(LocalBroker running) throws Exception {
        Path data = running.dataDirectory();
        String properties = Files.readString(data.resolve("server.properties"));

        assertThatThrownBy(() -> LocalBroker.start(data, 0, "256m"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--data: " + data + " is in use by another Kafka broker; stop that one, or choose another data directory");

        assertThat(Files.readString(data.resolve("server.properties"))).as("its settings untouched").isEqualTo(properties);
        assertThat(running.running()).isTrue();
        int partitions = TopicSetup.ensureTopic(KafkaSettings.to(running.bootstrap()).withTopic("after-the-second").withPartitions(2));
        assertThat(partitions).as("the first broker still answers").isEqualTo(2);
    }

    @Test
    void aPortOutOfRangeOrADataPathThatIsAFileIsBadInput() throws Exception {
        assertThatThrownBy(() -> LocalBroker.start(dir.resolve("a"), 99_999)).isInstanceOf(BadInputException.class)
                .hasMessage("--port: 99999 is not a port number (0 to 65535)");
        assertThatThrownBy(() -> LocalBroker.start(dir.resolve("b"), -1)).isInstanceOf(BadInputException.class)
                .hasMessage("--port: -1 is not a port number (0 to 65535)");
        Path file = Files.writeString(dir.resolve("file"), "not a directory");
        assertThatThrownBy(() -> LocalBroker.start(file, 0)).isInstanceOf(BadInputException.class)
                .hasMessage("--data: " + file + " is a file, not a directory");
        assertThat(dir.resolve("a")).doesNotExist();
    }
}
