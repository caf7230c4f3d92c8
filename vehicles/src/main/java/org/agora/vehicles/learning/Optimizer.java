package org.agora.vehicles.learning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * RMSprop or Adam as PyTorch defines them, on DJL arrays, with a state kept in plain float arrays
 * (one slot per parameter, in {@link Mlp#parameters()} order) so that a checkpoint holds it
 * exactly. RMSprop: s ← α·s + (1 − α)·g², p ← p − lr·g/(√s + ε) with α 0.99, ε 1e-5 (the study's).
 * Adam: β 0.9 and 0.999, ε 1e-8, bias-corrected. The gradient comes from DJL's autograd; this class
 * only applies it. Not thread-safe.
 */
public final class Optimizer {

    private static final float RMSPROP_ALPHA = 0.99f;
    private static final float RMSPROP_EPSILON = 1e-5f;
    private static final float ADAM_BETA1 = 0.9f;
    private static final float ADAM_BETA2 = 0.999f;
    private static final float ADAM_EPSILON = 1e-8f;

    private final boolean adam;
    private final double learningRate;
    /** RMSprop: the squared-gradient averages; Adam: the second moments. */
    private final float[][] second;
    /** Adam's first moments (empty arrays for RMSprop). */
    private final float[][] first;
    private long steps;
    private NDArray[] secondArrays;
    private NDArray[] firstArrays;

    /** A fresh optimizer for the parameters of {@code network}. */
    public Optimizer(String kind, double learningRate, Mlp network) {
        this.adam = "adam".equals(kind);
        this.learningRate = learningRate;
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

    /** Loads the state into arrays of {@code manager} for a series of {@link #step}s; {@link #end} stores it back. */
    public void begin(NDManager manager, NDArray[] parameters) {
        secondArrays = new NDArray[parameters.length];
        firstArrays = new NDArray[parameters.length];
        for (int p = 0; p < parameters.length; p++) {
            secondArrays[p] = manager.create(second[p], parameters[p].getShape());
            firstArrays[p] = adam ? manager.create(first[p], parameters[p].getShape()) : null;
        }
    }

    /**
     * One step on {@code parameters} (arrays with gradients, in {@link Mlp#parameters()} order,
     * the ones given to {@link #begin}), after scaling every gradient by {@code scale} (the
     * gradient-norm clip). Updates the parameters in place.
     */
    public void step(NDArray[] parameters, float scale) {
        steps++;
        float decay = adam ? ADAM_BETA2 : RMSPROP_ALPHA;
        for (int p = 0; p < parameters.length; p++) {
            NDArray parameter = parameters[p];
            NDArray gradient = parameter.getGradient().mul(scale);
            NDArray s = secondArrays[p].muli(decay).addi(gradient.square().muli(1 - decay));
            NDArray update;
            if (adam) {
                NDArray m = firstArrays[p].muli(ADAM_BETA1).addi(gradient.mul(1 - ADAM_BETA1));
                float correction1 = (float) (1 - Math.pow(ADAM_BETA1, steps));
                float correction2 = (float) (1 - Math.pow(ADAM_BETA2, steps));
                update = m.div(correction1).divi(s.div(correction2).sqrt().addi(ADAM_EPSILON));
            } else {
                update = gradient.div(s.sqrt().addi(RMSPROP_EPSILON));
            }
            parameter.subi(update.muli((float) learningRate));
        }
    }

    /** Stores the state of the arrays {@link #begin} made. */
    public void end() {
        for (int p = 0; p < second.length; p++) {
            System.arraycopy(secondArrays[p].toFloatArray(), 0, second[p], 0, second[p].length);
            if (adam) {
                System.arraycopy(firstArrays[p].toFloatArray(), 0, first[p], 0, first[p].length);
            }
        }
        secondArrays = null;
        firstArrays = null;
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
