package org.agora.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.MalformedEventException;
import org.agora.core.sink.RandomEvents;
import org.agora.core.sink.ReferenceJson;

/**
 * The codec's own writer against the plain Jackson reference, for random events of every event
 * type installed by every family: the same bytes, read back to the same event.
 */
class EventCodecPropertyTest {

    private final EventJsonCodec codec = EventJsonCodec.installed();

    @Property(tries = 100)
    void everyInstalledTypeIsWrittenAsTheReferenceWritesItAndReadBack(@ForAll long seed) throws MalformedEventException {
        RandomEvents random = new RandomEvents(new Random(seed));
        EventJsonCodec.Encoder encoder = EventJsonCodec.encoder();
        assertThat(EventTypes.installed().all()).hasSizeGreaterThan(20);
        for (Class<? extends Event> type : EventTypes.installed().all().values()) {
            Event event = random.of(type);
            String json = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertThat(json).as("%s", type.getSimpleName()).isEqualTo(ReferenceJson.of(event));
            assertThat(codec.decode(json)).isEqualTo(event);
        }
    }
}
