package org.agora.wireless.sidelink;

import org.agora.core.kernel.RandomStream;

/**
 * How long a message waits for the channel before it is sent, in seconds. The distribution is a
 * parameter: C-V2X Mode 4 picks a resource inside a selection window (windows of up to 100 ms are
 * commonly assumed), and no source for an exact figure was verified.
 */
public sealed interface AccessDelay {

    /** One draw, in seconds, from {@code random}. */
    double draw(RandomStream random);

    /** Its mean in seconds. */
    double meanS();

    /** The word that names its distribution in {@link #of}: fixed, uniform or exponential. */
    String word();

    /** The value in seconds that goes with its word in {@link #of}. */
    double valueS();

    /** Always {@code delayS}. */
    record Fixed(double delayS) implements AccessDelay {
        public Fixed {
            if (!(delayS >= 0)) {
                throw new IllegalArgumentException("access delay must be >= 0 s, was " + delayS);
            }
        }

        @Override
        public double draw(RandomStream random) {
            return delayS;
        }

        @Override
        public double meanS() {
            return delayS;
        }

        @Override
        public String word() {
            return "fixed";
        }

        @Override
        public double valueS() {
            return delayS;
        }
    }

    /** Uniform in [0, maxS): a resource anywhere in a selection window of that length. */
    record Uniform(double maxS) implements AccessDelay {
        public Uniform {
            if (!(maxS >= 0)) {
                throw new IllegalArgumentException("selection window must be >= 0 s, was " + maxS);
            }
        }

        @Override
        public double draw(RandomStream random) {
            return maxS * random.nextDouble();
        }

        @Override
        public double meanS() {
            return maxS / 2;
        }

        @Override
        public String word() {
            return "uniform";
        }

        @Override
        public double valueS() {
            return maxS;
        }
    }

    /** Exponential with mean {@code meanS}. */
    record Exponential(double meanS) implements AccessDelay {
        public Exponential {
            if (!(meanS >= 0)) {
                throw new IllegalArgumentException("mean access delay must be >= 0 s, was " + meanS);
            }
        }

        @Override
        public double draw(RandomStream random) {
            return random.exponential(meanS);
        }

        @Override
        public String word() {
            return "exponential";
        }

        @Override
        public double valueS() {
            return meanS;
        }
    }

    /**
     * The delay named by a word and a value in seconds: {@code fixed} (the delay),
     * {@code uniform} (the window's length) or {@code exponential} (the mean).
     */
    static AccessDelay of(String kind, double valueS) {
        return switch (kind) {
            case "fixed" -> new Fixed(valueS);
            case "uniform" -> new Uniform(valueS);
            case "exponential" -> new Exponential(valueS);
            default -> throw new IllegalArgumentException("unknown access delay '" + kind + "'");
        };
    }
}
