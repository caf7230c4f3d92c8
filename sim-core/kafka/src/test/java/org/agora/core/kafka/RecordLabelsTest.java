package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.sink.EventJsonCodec;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/** The headers of a run's records: names, values and order per type, shared and read-only. */
class RecordLabelsTest {

    private final RecordLabels labels = new RecordLabels("run-1", "test-walkers", 7, "execution-1");

    private static List<String> texts(Headers headers) {
        List<String> texts = new ArrayList<>();
        for (Header header : headers) {
            texts.add(header.key() + "=" + new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void typesThatAlternateEachGetTheirOwnTypeHeaderAndTheRunsOthersInOrder() {
        // names built at run time: equal strings that are not the same object must find the same headers
        String stepped = new StringBuilder("Walker").append("Stepped").toString();
        Headers first = labels.headers("WalkerStepped");
        Headers other = labels.headers("RunStarted");
        Headers again = labels.headers(stepped);

        String version = "v=" + EventJsonCodec.SCHEMA_VERSION;
        assertThat(texts(first)).containsExactly("run=run-1", "execution=execution-1", "scenario=test-walkers", "seed=7",
                "type=WalkerStepped", version);
        assertThat(texts(other)).containsExactly("run=run-1", "execution=execution-1", "scenario=test-walkers", "seed=7",
                "type=RunStarted", version);
        assertThat(again).as("made once per type, shared by its records").isSameAs(first);
    }

    @Test
    void kafkaIsHandedTheSameArrayOfHeadersForEveryRecordOfAType() {
        Header[] first = labels.headers("WalkerStepped").toArray();
        labels.headers("RunStarted");
        Header[] again = labels.headers("WalkerStepped").toArray();

        assertThat(again).as("no copy per record").isSameAs(first);
        assertThat(first).extracting(Header::key).containsExactly(RecordLabels.RUN, RecordLabels.EXECUTION, RecordLabels.SCENARIO,
                RecordLabels.SEED, RecordLabels.TYPE, RecordLabels.SCHEMA_VERSION);
    }

    @Test
    void aSpoolWithoutExecutionIdHasNoExecutionHeader() {
        RecordLabels old = new RecordLabels("run-1", "test-walkers", 7, null);
        assertThat(texts(old.headers("WalkerStepped"))).containsExactly("run=run-1", "scenario=test-walkers", "seed=7",
                "type=WalkerStepped", "v=" + EventJsonCodec.SCHEMA_VERSION);
    }

    @Test
    void theSharedHeadersCannotBeChangedThroughOneRecord() {
        Headers shared = labels.headers("WalkerStepped");
        assertThatThrownBy(() -> shared.add(new RecordHeader("extra", new byte[] {1}))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> shared.remove(RecordLabels.TYPE)).isInstanceOf(IllegalStateException.class);
        assertThat(texts(labels.headers("WalkerStepped"))).hasSize(6);
    }
}
