package org.agora.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ShuffleGeneratorTest {

    @Property(tries = 50)
    void aDeferredSeedDrawsWhatAnImmediateOneDraws(@ForAll long first, @ForAll long second) {
        ShuffleGenerator deferred = new ShuffleGenerator(first);
        deferred.nextInt();
        deferred.deferSeed(second);
        MersenneTwisterFast immediate = new MersenneTwisterFast(second);
        for (int i = 0; i < 20; i++) {
            assertThat(deferred.nextInt(1 + i)).isEqualTo(immediate.nextInt(1 + i));
            assertThat(deferred.nextDouble()).isEqualTo(immediate.nextDouble());
        }
    }

    @Test
    void anExplicitSeedCancelsTheDeferredOne() {
        ShuffleGenerator generator = new ShuffleGenerator(1);
        generator.deferSeed(2);
        generator.setSeed(3);
        assertThat(generator.nextLong()).isEqualTo(new MersenneTwisterFast(3).nextLong());
    }

    @Test
    void aRestartedRunShufflesEqualTimesLikeAFreshOne() {
        long[] fresh = shuffledOrder(7, false);
        assertThat(shuffledOrder(7, true)).containsExactly(fresh);
        assertThat(shuffledOrder(8, true)).isNotEqualTo(fresh);
    }

    /**
     * The order in which 8 actions at one time and ordering ran in a kernel seeded {@code seed}: its
     * first start, or (if {@code restarted}) a start after a whole run with another seed.
     */
    private static long[] shuffledOrder(long seed, boolean restarted) {
        long[] order = new long[8];
        int[] next = {0};
        MasonKernel kernel = new MasonKernel(restarted ? 1 : seed, 10, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
                next[0] = 0;
                for (int i = 0; i < order.length; i++) {
                    long id = i;
                    k.at(1, 0, () -> order[next[0]++] = id);
                }
            }

            @Override
            public void finished(Kernel k) {
            }
        });
        if (restarted) {
            kernel.start();
            while (kernel.step()) {
                // run to the end
            }
            kernel.state().setSeed(seed);
        }
        kernel.start();
        while (kernel.step()) {
            // run to the end
        }
        return order.clone();
    }
}
