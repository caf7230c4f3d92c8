package org.agora.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBusTest {

    interface Animal extends Event {
    }

    record CatMeowed(EventHeader header, int loudness) implements Animal {
    }

    record DogBarked(EventHeader header, int times) implements Animal {
    }

    record RainFell(EventHeader header, double millimetres) implements Event {
    }

    private double clock = 0;
    private final EventBus bus = new EventBus("run-1", () -> clock);

    @Test
    void headersCarryTimeRunAndConsecutiveSequenceNumbers() {
        clock = 2.5;
        EventHeader first = bus.stamp("cat");
        bus.publish(new CatMeowed(first, 3));
        clock = 4;
        EventHeader second = bus.stamp("sky");
        bus.publish(new RainFell(second, 1.2));
        assertThat(first).isEqualTo(new EventHeader(2.5, "run-1", 0, "cat"));
        assertThat(second).isEqualTo(new EventHeader(4.0, "run-1", 1, "sky"));
        assertThat(bus.published()).isEqualTo(2);
    }

    @Test
    void handlersGetTheirTypesAndSupertypesInSubscriptionOrder() {
        List<String> log = new ArrayList<>();
        bus.subscribeAll(e -> log.add("all:" + e.type()));
        bus.subscribe(Animal.class, e -> log.add("animal:" + e.type()));
        bus.subscribe(CatMeowed.class, e -> log.add("cat:" + e.loudness()));
        bus.publish(new CatMeowed(bus.stamp("cat"), 7));
        bus.publish(new DogBarked(bus.stamp("dog"), 2));
        bus.publish(new RainFell(bus.stamp("sky"), 3));
        assertThat(log).containsExactly("all:CatMeowed", "animal:CatMeowed", "cat:7",
                "all:DogBarked", "animal:DogBarked", "all:RainFell");
    }

    @Test
    void aCancelledSubscriptionHearsNothingMore() {
        List<Event> heard = new ArrayList<>();
        EventBus.Subscription<CatMeowed> subscription = bus.subscribe(CatMeowed.class, heard::add);
        bus.publish(new CatMeowed(bus.stamp("cat"), 1));
        subscription.cancel();
        bus.publish(new CatMeowed(bus.stamp("cat"), 2));
        assertThat(heard).hasSize(1);
    }

    @Test
    void aHandlerMayPublishAndThatEventIsDispatchedAtOnce() {
        List<String> log = new ArrayList<>();
        bus.subscribe(CatMeowed.class, e -> bus.publish(new DogBarked(bus.stamp("dog"), e.loudness())));
        bus.subscribeAll(e -> log.add(e.type() + "#" + e.header().seq()));
        bus.publish(new CatMeowed(bus.stamp("cat"), 1));
        assertThat(log).containsExactly("DogBarked#1", "CatMeowed#0");
    }

    @Test
    void eventsMustBePublishedInStampingOrder() {
        EventHeader early = bus.stamp("a");
        EventHeader late = bus.stamp("b");
        bus.publish(new RainFell(late, 1));
        assertThatThrownBy(() -> bus.publish(new RainFell(early, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bus.publish(new RainFell(new EventHeader(0, "run-1", 99, "x"), 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTypeIsTheRecordName() {
        assertThat(new RainFell(bus.stamp("sky"), 1).type()).isEqualTo("RainFell");
    }
}
