package org.agora.core.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.event.EventTypes;
import org.agora.core.event.FieldChange;
import org.agora.core.event.Worded;
import org.junit.jupiter.api.Test;

class EventJsonCodecTest {

    enum Lane { MAIN, RAMP }

    record Point(double x, double y) {
    }

    record IntentBroadcast(EventHeader header, String vehicle, Lane lane, List<Point> path, int hops, long bytes,
            boolean delivered, Map<String, Double> extras, String note) implements Event {
    }

    record HarvestAllocated(EventHeader header, String agent, double requested, double caught) implements Event {
    }

    /** A closed set written by its words, as events written before it was typed spelled it. */
    enum Density implements Worded {
        EASY, HARD
    }

    record EpisodeStarted(EventHeader header, Density density, List<Density> planned) implements Event {
    }

    /** One component of every kind the codec writes by itself, and two it leaves to Jackson. */
    record EveryKind(EventHeader header, double real, float single, long count, int number, short small, byte tiny,
            boolean flag, String text, Lane lane, Density density, List<Point> path, Map<String, Double> extras)
            implements Event {
    }

    /** A payload value Jackson cannot write: an object without properties. */
    record Unwritable(EventHeader header, String before, Object value) implements Event {
    }

    private final EventJsonCodec codec = new EventJsonCodec(EventTypes.of(IntentBroadcast.class, HarvestAllocated.class,
            EpisodeStarted.class, EveryKind.class));

    @Test
    void anEventIsOneObjectWithTheHeaderFirstThenThePayloadInOrder() {
        HarvestAllocated event = new HarvestAllocated(new EventHeader(2592000.0, "govsim-fishery-s42-ab12cd34", 17, "agent-2"), "agent-2", 10.0, 7.5);
        assertThat(EventJsonCodec.toJson(event)).isEqualTo(
                "{\"type\":\"HarvestAllocated\",\"time\":2592000.0,\"seq\":17,\"run\":\"govsim-fishery-s42-ab12cd34\","
                + "\"source\":\"agent-2\",\"v\":2,\"agent\":\"agent-2\",\"requested\":10.0,\"caught\":7.5}");
    }

    @Test
    void everyKindOfComponentSurvivesTheRoundTrip() throws MalformedEventException {
        IntentBroadcast event = new IntentBroadcast(new EventHeader(0.2, "r", 3, "cav-1"), "cav-1", Lane.RAMP,
                List.of(new Point(1.5, -2), new Point(3, 4.25)), 2, 190L, true, Map.of("b", 2.0, "a", 1.0), null);
        String json = EventJsonCodec.toJson(event);
        assertThat(json).contains("\"lane\":\"RAMP\"", "\"path\":[{\"x\":1.5,\"y\":-2.0},{\"x\":3.0,\"y\":4.25}]",
                "\"extras\":{\"a\":1.0,\"b\":2.0}", "\"note\":null");
        assertThat(codec.decode(json)).isEqualTo(event);
    }

    @Test
    void wordedEnumsAreWrittenAndReadByTheirWords() throws MalformedEventException {
        EpisodeStarted event = new EpisodeStarted(new EventHeader(1, "r", 0, "run"), Density.HARD,
                List.of(Density.EASY, Density.HARD));
        String json = EventJsonCodec.toJson(event);
        assertThat(json).endsWith("\"density\":\"hard\",\"planned\":[\"easy\",\"hard\"]}");
        assertThat(codec.decode(json)).isEqualTo(event);
        assertThatThrownBy(() -> codec.decode(json.replace("\"density\":\"hard\"", "\"density\":\"HARD\"")))
                .hasMessage("field 'density' is not a Density");
        assertThatThrownBy(() -> codec.decode(json.replace("[\"easy\"", "[\"medium\"")))
                .hasMessage("field 'planned' is not a List");
        assertThat(Worded.byWord(Density.class, "easy")).isEqualTo(Density.EASY);
        assertThatThrownBy(() -> Worded.byWord(Density.class, "medium")).hasMessage("no Density is called 'medium'");
    }

    @Test
    void theReusableEncoderGivesTheSameBytes() {
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        HarvestAllocated a = new HarvestAllocated(new EventHeader(1, "r", 0, "x"), "x", 1, 1);
        HarvestAllocated b = new HarvestAllocated(new EventHeader(2, "r", 1, "y"), "y", 2, 0.5);
        assertThat(new String(encoder.encode(a), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(EventJsonCodec.toJson(a));
        assertThat(new String(encoder.encode(b), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(EventJsonCodec.toJson(b));
    }

    @Property(tries = 300)
    void everyEventIsWrittenAsJacksonWritesTheSameFieldsAsATree(@ForAll long seed) throws MalformedEventException {
        RandomEvents random = new RandomEvents(new Random(seed));
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        for (Class<? extends Event> type : List.of(IntentBroadcast.class, HarvestAllocated.class, EpisodeStarted.class,
                EveryKind.class)) {
            Event event = random.of(type);
            String json = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertThat(json).isEqualTo(ReferenceJson.of(event)).isEqualTo(EventJsonCodec.toJson(event));
            assertThat(codec.decode(json)).isEqualTo(event);
        }
    }

    @Property(tries = 2000)
    void doublesAreWrittenAsJacksonsFastWriterSpellsThem(@ForAll double any,
            @ForAll @IntRange(min = 0, max = 99_999_999) int digits, @ForAll @IntRange(min = 0, max = 9) int fractionDigits,
            @ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long manyDigits) {
        double decimal = digits / Math.pow(10, fractionDigits);
        double eightFractionDigits = manyDigits / 1e8;
        double sum = 0;
        for (int i = 0; i < digits % 50; i++) {
            sum += 0.1;
        }
        for (double value : new double[] {any, decimal, -decimal, Math.nextUp(decimal), Math.nextDown(decimal), sum,
            1 / (double) (digits + 1), eightFractionDigits, Math.nextUp(eightFractionDigits), manyDigits / 1e9}) {
            HarvestAllocated event = new HarvestAllocated(new EventHeader(value, "r", 0, "a"), "a", value, value);
            assertThat(EventJsonCodec.toJson(event)).isEqualTo(ReferenceJson.of(event))
                    .contains("\"caught\":" + NumberOutput.toString(value, true) + "}");
        }
    }

    @Test
    void anEventTheMapperCannotWriteLeavesNothingBehindAndTheEncoderGoesOn() {
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        HarvestAllocated good = new HarvestAllocated(new EventHeader(1, "r", 0, "x"), "x", 1, 1);
        encoder.appendLine(good);
        int oneLine = encoder.buffered();
        assertThatThrownBy(() -> encoder.appendLine(new Unwritable(new EventHeader(2, "r", 1, "y"), "y", new Object())))
                .isInstanceOf(RuntimeException.class);
        assertThat(encoder.buffered()).isEqualTo(oneLine);
        encoder.appendLine(good);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            encoder.drainTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = EventJsonCodec.toJson(good) + "\n";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(line + line);
        assertThat(encoder.buffered()).isZero();
    }

    @Property
    void numbersRoundTripExactly(@ForAll @DoubleRange(min = -1e12, max = 1e12) double requested,
            @ForAll @DoubleRange(min = 0, max = 1e9) double time, @ForAll long seq) throws MalformedEventException {
        HarvestAllocated event = new HarvestAllocated(new EventHeader(time, "run", seq, "a"), "a", requested, -requested);
        assertThat(codec.decode(EventJsonCodec.toJson(event))).isEqualTo(event);
    }

    @Test
    void badRecordsSayWhatIsWrong() {
        String good = EventJsonCodec.toJson(new HarvestAllocated(new EventHeader(1, "r", 0, "x"), "x", 1, 1));
        assertThatThrownBy(() -> codec.decode("{not json")).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> codec.decode("[1,2]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> codec.decode(good.replace("\"v\":2", "\"v\":3"))).hasMessage("schema version 3, expected 1 to 2");
        assertThatThrownBy(() -> codec.decode(good.replace("\"v\":2", "\"v\":0"))).hasMessage("schema version 0, expected 1 to 2");
        assertThatThrownBy(() -> codec.decode(good.replace("HarvestAllocated", "HarvestAlocated"))).hasMessage("unknown event type 'HarvestAlocated'");
        assertThatThrownBy(() -> codec.decode(good.replace(",\"caught\":1.0", ""))).hasMessage("field 'caught' is missing");
        assertThatThrownBy(() -> codec.decode(good.replace("\"caught\":1.0", "\"caught\":\"lots\""))).hasMessage("field 'caught' is not a double");
        assertThatThrownBy(() -> codec.decode(good.replace("\"caught\":1.0", "\"caught\":1.0,\"extra\":3"))).hasMessage("unknown field 'extra'");
        assertThatThrownBy(() -> codec.decode(good.replace("\"seq\":0", "\"seq\":\"zero\""))).hasMessage("field 'seq' is missing or not an integer");
        assertThatThrownBy(() -> codec.decode(good.replace("\"v\":2,", ""))).hasMessage("no schema version 'v'");
    }

    /** What version 1 called {@code IntentBroadcast}'s fields and how it spelt its lanes, as a catalog would list it. */
    private static final List<FieldChange> VERSION_2 = FieldChange.table(
            FieldChange.renamed(2, IntentBroadcast.class, "car", "vehicle", "hopCount", "hops"),
            FieldChange.renamedWithin(2, IntentBroadcast.class, "path", "xMetres", "x"),
            List.of(FieldChange.recoded(2, IntentBroadcast.class, "lane", FieldChange.UPPER_CASE)));

    private final EventJsonCodec upgrading = new EventJsonCodec(
            EventTypes.of(IntentBroadcast.class, HarvestAllocated.class).withChanges(VERSION_2));

    @Test
    void aRecordOfTheEarlierVersionIsReadUnderItsNewNames() throws MalformedEventException {
        IntentBroadcast event = new IntentBroadcast(new EventHeader(0.2, "r", 3, "cav-1"), "cav-1", Lane.RAMP,
                List.of(new Point(1.5, -2), new Point(3, 4.25)), 2, 190L, true, Map.of("a", 1.0), "n");
        String version1 = "{\"type\":\"IntentBroadcast\",\"time\":0.2,\"seq\":3,\"run\":\"r\",\"source\":\"cav-1\",\"v\":1,"
                + "\"car\":\"cav-1\",\"lane\":\"ramp\",\"path\":[{\"xMetres\":1.5,\"y\":-2.0},{\"xMetres\":3.0,\"y\":4.25}],"
                + "\"hopCount\":2,\"bytes\":190,\"delivered\":true,\"extras\":{\"a\":1.0},\"note\":\"n\"}";
        assertThat(upgrading.decode(version1)).isEqualTo(event);
        assertThat(upgrading.decode(EventJsonCodec.toJson(event))).as("the current version is read as written").isEqualTo(event);
        assertThatThrownBy(() -> codec.decode(version1)).as("without the changes, the old names are unknown")
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anEarlierRecordThatDoesNotFitStillSaysWhatIsWrong() {
        String version1 = EventJsonCodec.toJson(new IntentBroadcast(new EventHeader(0.2, "r", 3, "c"), "c", Lane.MAIN,
                List.of(), 1, 1L, false, Map.of(), null)).replace("\"v\":2", "\"v\":1").replace("\"vehicle\"", "\"car\"");
        assertThatThrownBy(() -> upgrading.decode(version1.replace("\"MAIN\"", "\"shoulder\"")))
                .hasMessage("field 'lane' is not a Lane");
        assertThatThrownBy(() -> upgrading.decode(version1.replace(",\"hops\":1", ""))).hasMessage("field 'hops' is missing");
    }

    @Test
    void aChangeDatedAfterTheCurrentVersionIsRefused() {
        List<FieldChange> future = FieldChange.renamed(EventJsonCodec.SCHEMA_VERSION + 1, HarvestAllocated.class, "a", "b");
        assertThatThrownBy(() -> new EventJsonCodec(EventTypes.of(HarvestAllocated.class).withChanges(future)))
                .hasMessageContaining("after the current");
    }
}
