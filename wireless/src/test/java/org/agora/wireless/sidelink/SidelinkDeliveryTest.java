package org.agora.wireless.sidelink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.agora.core.kernel.Kernel;
import org.agora.core.kernel.MasonKernel;
import org.agora.core.kernel.RandomStreams;
import org.agora.core.kernel.RunLifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Many broadcasts over the seeded sidelink: delivery ratios and latencies match the model. */
class SidelinkDeliveryTest {

    private record Node(String id, double x, double y) implements SidelinkNode {
    }

    private static final class Tally implements Sidelink.Outcomes<Integer> {
        int delivered;
        final Map<LossCause, Integer> lost = new EnumMap<>(LossCause.class);
        final List<Double> delays = new ArrayList<>();

        @Override
        public void delivered(Integer message, SidelinkNode sender, SidelinkNode receiver, double distanceM, double delayS, PathLossModel pathLoss) {
            delivered++;
            delays.add(delayS);
        }

        @Override
        public void lost(Integer message, SidelinkNode sender, SidelinkNode receiver, double distanceM, LossCause cause, PathLossModel pathLoss) {
            lost.merge(cause, 1, Integer::sum);
        }

        int lost(LossCause cause) {
            return lost.getOrDefault(cause, 0);
        }
    }

    @ParameterizedTest(name = "{0} m, {1}")
    @CsvSource({"50, HIGHWAY_LOS", "300, NLOSV", "450, NLOSV", "550, NLOSV", "200, URBAN_LOS", "120, NLOS", "250, NLOS"})
    void deliveryRatioOverManyMessagesMatchesTheModel(double distance, PathLossModel pathLoss) {
        SidelinkConfig config = SidelinkConfig.defaults().withCollisionProbability(0.05);
        SidelinkModel model = new SidelinkModel(config);
        RandomStreams streams = new RandomStreams(42);
        PendingDeliveries pending = new PendingDeliveries();
        Sidelink<Integer> link = new Sidelink<>(model, streams.stream("sidelink-loss"), streams.stream("sidelink-delay"), pending);
        Node sender = new Node("a", 0, 0);
        List<Node> receivers = List.of(new Node("b", distance, 0));
        Tally tally = new Tally();
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            link.broadcast(i * 0.1, sender, i, receivers, (s, r) -> pathLoss, tally);
        }
        pending.deliverUntil(Double.MAX_VALUE);

        DeliveryBreakdown expected = model.breakdown(distance, pathLoss);
        assertWithinBinomial(tally.delivered, n, expected.deliveryRatio());
        assertWithinBinomial(tally.lost(LossCause.HALF_DUPLEX), n, expected.halfDuplex());
        assertWithinBinomial(tally.lost(LossCause.BELOW_SENSING), n, expected.sensing());
        assertWithinBinomial(tally.lost(LossCause.PROPAGATION), n, expected.propagation());
        assertWithinBinomial(tally.lost(LossCause.COLLISION), n, expected.collision());
    }

    @Test
    void theRatioFallsWithDistanceAsTheModelSays() {
        SidelinkModel model = new SidelinkModel(SidelinkConfig.defaults());
        assertThat(model.deliveryRatio(100, PathLossModel.NLOSV)).isGreaterThan(0.98);
        assertThat(model.deliveryRatio(500, PathLossModel.NLOSV)).isLessThan(model.deliveryRatio(300, PathLossModel.NLOSV));
        assertThat(model.deliveryRatio(300, PathLossModel.NLOS)).isLessThan(0.5);
    }

    @Test
    void latencyIsAccessDelayPlusAirtimeAndFlightTime() {
        SidelinkModel model = new SidelinkModel(SidelinkConfig.defaults().withAccessDelay(new AccessDelay.Uniform(0.1)));
        RandomStreams streams = new RandomStreams(3);
        PendingDeliveries pending = new PendingDeliveries();
        Sidelink<Integer> link = new Sidelink<>(model, streams.stream("loss"), streams.stream("delay"), pending);
        Tally tally = new Tally();
        Node sender = new Node("a", 0, 0);
        List<Node> receivers = List.of(new Node("b", 150, 0));
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            link.broadcast(i, sender, i, receivers, (s, r) -> PathLossModel.HIGHWAY_LOS, tally);
        }
        pending.deliverUntil(Double.MAX_VALUE);
        double floor = model.airtimeS() + 150 / SidelinkModel.LIGHT_SPEED;
        double mean = tally.delays.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double min = tally.delays.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = tally.delays.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        // uniform on [0, 100 ms): mean 50 ms, standard error 28.9 ms / sqrt(n)
        assertThat(mean - floor).isCloseTo(0.050, within(4 * 0.0289 / Math.sqrt(tally.delivered)));
        assertThat(min).isGreaterThanOrEqualTo(floor);
        assertThat(max).isLessThan(floor + 0.1);
    }

    @Test
    void deliveriesGoThroughTheKernelAtTheirArrivalTime() {
        List<String> log = new ArrayList<>();
        MasonKernel kernel = new MasonKernel(5, 10, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
                SidelinkModel model = new SidelinkModel(SidelinkConfig.defaults().withAccessDelay(new AccessDelay.Fixed(0.02)));
                Sidelink<String> link = new Sidelink<>(model, k.random("sidelink-loss"), k.random("sidelink-delay"),
                        DeliveryScheduler.on(k, 0));
                k.at(1.0, 0, () -> link.broadcast(k.now(), new Node("a", 0, 0), "hello",
                        List.of(new Node("b", 30, 0)), (s, r) -> PathLossModel.HIGHWAY_LOS, new Sidelink.Outcomes<>() {
                            @Override
                            public void delivered(String m, SidelinkNode s, SidelinkNode r, double d, double delayS, PathLossModel p) {
                                log.add(m + "@" + k.now() + " after " + delayS);
                            }

                            @Override
                            public void lost(String m, SidelinkNode s, SidelinkNode r, double d, LossCause cause, PathLossModel p) {
                                log.add("lost " + cause);
                            }
                        }));
            }

            @Override
            public void finished(Kernel k) {
            }
        });
        kernel.start();
        while (kernel.step()) {
            // one instant per step
        }
        kernel.finish();
        double delay = 0.02 + new SidelinkModel(SidelinkConfig.defaults()).transferS(30);
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).isEqualTo("hello@" + (1.0 + delay) + " after " + delay);
    }

    @Test
    void lossesDoNotDependOnTheDelayDistribution() {
        List<Boolean> first = outcomes(new AccessDelay.Uniform(0.1));
        List<Boolean> second = outcomes(new AccessDelay.Exponential(0.03));
        assertThat(first).isEqualTo(second);
        assertThat(first).contains(false);
    }

    private static List<Boolean> outcomes(AccessDelay delay) {
        SidelinkModel model = new SidelinkModel(SidelinkConfig.defaults().withAccessDelay(delay));
        RandomStreams streams = new RandomStreams(11);
        List<Boolean> delivered = new ArrayList<>();
        Sidelink<Integer> link = new Sidelink<>(model, streams.stream("loss"), streams.stream("delay"), new PendingDeliveries());
        for (int i = 0; i < 2000; i++) {
            link.broadcast(i, new Node("a", 0, 0), i, List.of(new Node("b", 480, 0)), (s, r) -> PathLossModel.NLOSV,
                    new Sidelink.Outcomes<>() {
                        @Override
                        public void delivered(Integer m, SidelinkNode s, SidelinkNode r, double d, double delayS, PathLossModel p) {
                        }

                        @Override
                        public void lost(Integer m, SidelinkNode s, SidelinkNode r, double d, LossCause cause, PathLossModel p) {
                            delivered.add(false);
                        }
                    });
            if (delivered.size() < i + 1) {
                delivered.add(true);
            }
        }
        return delivered;
    }

    /** The count is within 4.5 standard deviations of its binomial mean (and exact for p = 0 or 1). */
    private static void assertWithinBinomial(int count, int n, double p) {
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat((double) count).as("count of %d with p = %.5f", n, p).isCloseTo(n * p, within(4.5 * sd + 1e-9));
    }
}
