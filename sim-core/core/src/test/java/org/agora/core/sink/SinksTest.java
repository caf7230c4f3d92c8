package org.agora.core.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.EventTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinksTest {

    record Tick(EventHeader header, int n) implements Event {
    }

    record Tock(EventHeader header, int n) implements Event {
    }

    private static List<Event> ticksAndTocks(int n) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EventHeader header = new EventHeader(i, "r", i, "clock");
            events.add(i % 2 == 0 ? new Tick(header, i) : new Tock(header, i));
        }
        return events;
    }

    @Test
    void theFileSinkWritesOneLinePerEventAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        List<Event> events = ticksAndTocks(1000);
        try (JsonLinesSink sink = new JsonLinesSink(file)) {
            events.forEach(sink::accept);
            assertThat(sink.written()).isEqualTo(1000);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1000);
        EventJsonCodec codec = new EventJsonCodec(EventTypes.of(Tick.class, Tock.class));
        for (int i = 0; i < lines.size(); i++) {
            assertThat(codec.decode(lines.get(i))).isEqualTo(events.get(i));
        }
    }

    /** A payload Jackson cannot write: an object without properties. */
    record Odd(EventHeader header, Object value) implements Event {
    }

    @Test
    void anEventTheCodecRefusesLeavesNoPartialLineAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        List<Event> events = ticksAndTocks(2);
        try (JsonLinesSink sink = new JsonLinesSink(file)) {
            sink.accept(events.get(0));
            assertThatThrownBy(() -> sink.accept(new Odd(new EventHeader(1, "r", 1, "clock"), new Object())))
                    .isInstanceOf(RuntimeException.class);
            sink.accept(events.get(1));
            assertThat(sink.written()).isEqualTo(2);
        }
        EventJsonCodec codec = new EventJsonCodec(EventTypes.of(Tick.class, Tock.class));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(codec.decode(lines.get(0))).isEqualTo(events.get(0));
        assertThat(codec.decode(lines.get(1))).isEqualTo(events.get(1));
    }

    @Test
    void aFullBufferIsWrittenBeforeAnyFlush(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        try (JsonLinesSink sink = new JsonLinesSink(file)) {
            ticksAndTocks(2000).forEach(sink::accept);
            assertThat(Files.size(file)).as("about 150 KB accepted, a 64 KB buffer").isGreaterThanOrEqualTo(1 << 16);
        }
        assertThat(Files.readAllLines(file)).hasSize(2000);
    }

    @Test
    void flushPushesWhatWasWrittenSoFar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        JsonLinesSink sink = new JsonLinesSink(file);
        sink.accept(ticksAndTocks(1).get(0));
        assertThat(Files.size(file)).isZero();
        sink.flush();
        assertThat(Files.readAllLines(file)).hasSize(1);
        sink.close();
        sink.close();
    }

    @Test
    void filtersKeepByTypeAndSampleHighRateTypes() {
        MemorySink onlyTicks = new MemorySink();
        EventSink tickFilter = FilteredSink.of(onlyTicks, new EventFilter(Set.of("Tick"), Set.of(), Map.of()));
        MemorySink noTocks = new MemorySink();
        EventSink tockFilter = FilteredSink.of(noTocks, new EventFilter(Set.of(), Set.of("Tock"), Map.of()));
        MemorySink sampled = new MemorySink();
        EventSink sampler = FilteredSink.of(sampled, new EventFilter(Set.of(), Set.of(), Map.of("Tock", 10)));
        for (Event event : ticksAndTocks(100)) {
            tickFilter.accept(event);
            tockFilter.accept(event);
            sampler.accept(event);
        }
        assertThat(onlyTicks.events()).hasSize(50).allMatch(e -> e instanceof Tick);
        assertThat(noTocks.events()).hasSize(50).allMatch(e -> e instanceof Tick);
        assertThat(sampled.ofType(Tick.class)).hasSize(50);
        assertThat(sampled.ofType(Tock.class)).extracting(Tock::n).containsExactly(1, 21, 41, 61, 81);
    }

    @Test
    void aFilterThatKeepsAllAddsNothing() {
        MemorySink sink = new MemorySink();
        assertThat(FilteredSink.of(sink, EventFilter.all())).isSameAs(sink);
    }
}
