package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agora.core.config.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void securityPropertiesPassThroughAndReachTheProducer() {
        Map<String, String> properties = ClientProperties.parse(List.of("security.protocol=SASL_SSL", "sasl.mechanism=SCRAM-SHA-512",
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p=q\";",
                "linger.ms=20"), "--kafka-property");
        assertThat(properties).containsEntry("sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p=q\";");
        Map<String, Object> producer = ProducerSettings.producer("h:1", 1 << 20, properties);
        assertThat(producer).containsEntry("security.protocol", "SASL_SSL").containsEntry("linger.ms", "20")
                .containsEntry("acks", "all").containsEntry("enable.idempotence", "true").containsEntry("compression.type", "lz4");
    }

    @Test
    void unknownReservedAndInvalidPropertiesAreOneLineEach() {
        assertThatThrownBy(() -> ClientProperties.parse(List.of("batch.sise=5"), "--kafka-property"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("--kafka-property: batch.sise: not a Kafka client property (did you mean 'batch.size'?)");
        assertThatThrownBy(() -> ClientProperties.parse(List.of("linger.ms"), "--kafka-property"))
                .hasMessage("--kafka-property: 'linger.ms' is not key=value");
        assertThatThrownBy(() -> ClientProperties.parse(List.of("enable.idempotence=false"), "--kafka-property"))
                .hasMessage("--kafka-property: enable.idempotence: cannot be set (Agora sets it: the sink's encoding and"
                        + " delivery guarantees depend on it)");
        assertThatThrownBy(() -> ClientProperties.parse(List.of("bootstrap.servers=x:1"), "--kafka-property"))
                .hasMessage("--kafka-property: bootstrap.servers: cannot be set (give the address with --kafka)");
        assertThatThrownBy(() -> ClientProperties.parse(List.of("acks=0"), "--kafka-property"))
                .hasMessageStartingWith("--kafka-property: acks: must stay 'all'");
        assertThatThrownBy(() -> ClientProperties.parse(List.of("compression.type=zip"), "--kafka-property"))
                .hasMessageStartingWith("--kafka-property: Kafka property: Invalid value zip for configuration compression.type");
    }

    @Test
    void aPropertiesFileIsReadAndItsErrorsNameTheLine() throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "# TLS\nsecurity.protocol = SSL\nssl.truststore.location=/etc/kafka/truststore.jks\n");
        assertThat(ClientProperties.load(file)).containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.jks");
        Files.writeString(file, "security.protocol=SSL\n\nmax.block.ms=never\n");
        assertThatThrownBy(() -> ClientProperties.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":3: Kafka property: Invalid value never for configuration max.block.ms");
        assertThatThrownBy(() -> ClientProperties.load(dir.resolve("absent.properties")))
                .hasMessage(dir.resolve("absent.properties") + ": cannot read the Kafka properties file (NoSuchFileException)");
    }

    @Property
    void everyHostAndPortInRangeIsAnAddressAndNoOtherPortIs(@ForAll @IntRange(min = -70000, max = 70000) int port) {
        String address = "broker-" + Math.abs(port % 7) + ".example:" + port;
        if (port >= 1 && port <= 65535) {
            assertThat(KafkaSettings.to(address).bootstrap()).isEqualTo(address);
            assertThat(BootstrapAddress.parse(address + ",other:" + port)).hasSize(2);
        } else {
            assertThatThrownBy(() -> KafkaSettings.to(address)).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("--kafka: '" + address + "'");
        }
    }
}
