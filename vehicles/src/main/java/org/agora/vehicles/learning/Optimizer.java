package org.agora.vehicles.learning;

/**
 * RMSprop or Adam as PyTorch defines them, applied in plain Java to the float arrays of an
 * {@link Mlp} (one slot per parameter, in {@link Mlp#parameters()} order), its state kept in float
 * arrays so that a checkpoint holds it exactly. RMSprop: s ← α·s + (1 − α)·g²,
 * p ← p − lr·g/(√s + ε) with α 0.99, ε 1e-5 (the study's). Adam: β 0.9 and 0.999, ε 1e-8,
 * bias-corrected. The gradient comes from DJL's autograd; this class only applies it, element by
 * element in a fixed order (deterministic): on a network of this size one pass over its 20,000–50,000
 * numbers costs less than the dozens of native calls the same step takes on DJL arrays. Not
 * thread-safe.
 */
public final class Optimizer {

    private static final float RMSPROP_ALPHA = 0.99f;
    private static final float RMSPROP_EPSILON = 1e-5f;
    private static final float ADAM_BETA1 = 0.9f;
    private static final float ADAM_BETA2 = 0.999f;
    private static final float ADAM_EPSILON = 1e-8f;

    private final boolean adam;
    private final float learningRate;
    /** RMSprop: the squared-gradient averages; Adam: the second moments. */
    private final float[][] second;
    /** Adam's first moments (empty arrays for RMSprop). */
    private final float[][] first;
    private long steps;

    /** A fresh optimizer for the parameters of {@code network}. */
    public Optimizer(String kind, double learningRate, Mlp network) {
        this.adam = "adam".equals(kind);
        this.learningRate = (float) learningRate;
        float[][] parameters = network.parameters();
        second = new float[parameters.length][];
        first = new float[parameters.length][];
        for (int p = 0; p < parameters.length; p++) {
            second[p] = new float[parameters[p].length];
            first[p] = new float[adam ? parameters[p].length : 0];
        }
    }

    /** Its state, for a checkpoint: the steps taken, then the moment arrays (live). */
    public long steps() {
        return steps;
    }

    public float[][] secondMoments() {
        return second;
    }

    public float[][] firstMoments() {
        return first;
    }

    /** Restores the state a checkpoint holds. */
    public void restore(long stepsTaken, float[][] secondMoments, float[][] firstMoments) {
        this.steps = stepsTaken;
        copy(secondMoments, second);
        copy(firstMoments, first);
    }

    /**
     * One step on {@code parameters} (live arrays in {@link Mlp#parameters()} order) with
     * {@code gradients} (the same shapes) scaled by {@code scale} (the gradient-norm clip).
     * Updates the parameters in place.
     */
    public void step(float[][] parameters, float[][] gradients, float scale) {
        steps++;
        float correction1 = (float) (1 - Math.pow(ADAM_BETA1, steps));
        float correction2 = (float) (1 - Math.pow(ADAM_BETA2, steps));
        for (int p = 0; p < parameters.length; p++) {
            float[] parameter = parameters[p];
            float[] gradient = gradients[p];
            float[] s = second[p];
            if (adam) {
                float[] m = first[p];
                for (int i = 0; i < parameter.length; i++) {
                    float g = gradient[i] * scale;
                    s[i] = s[i] * ADAM_BETA2 + g * g * (1 - ADAM_BETA2);
                    m[i] = m[i] * ADAM_BETA1 + g * (1 - ADAM_BETA1);
                    float denominator = (float) Math.sqrt(s[i] / correction2) + ADAM_EPSILON;
                    parameter[i] -= learningRate * (m[i] / correction1 / denominator);
                }
            } else {
                for (int i = 0; i < parameter.length; i++) {
                    float g = gradient[i] * scale;
                    s[i] = s[i] * RMSPROP_ALPHA + g * g * (1 - RMSPROP_ALPHA);
                    parameter[i] -= learningRate * (g / ((float) Math.sqrt(s[i]) + RMSPROP_EPSILON));
                }
            }
        }
    }

    private static void copy(float[][] from, float[][] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("optimizer state of " + from.length + " arrays, expected " + to.length);
        }
        for (int p = 0; p < to.length; p++) {
            if (from[p].length != to[p].length) {
                throw new IllegalArgumentException("optimizer state array " + p + " has the wrong size");
            }
            System.arraycopy(from[p], 0, to[p], 0, to[p].length);
        }
    }
}
