package org.agora.vehicles.learning;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A fully connected network with ReLU hidden layers and a linear output, its weights in plain
 * float arrays: layer {@code l} maps {@code sizes[l]} inputs to {@code sizes[l + 1]} outputs with
 * a weight matrix stored row by row as [input][output] and a bias per output. The trainer copies
 * these arrays into DJL for the gradient steps and back; acting and loaded policies evaluate the
 * network here, in Java, which is exact, allocation-free and needs no native library. Not
 * thread-safe (one scratch buffer per network): {@link #copy} gives each thread its own.
 */
public final class Mlp {

    private final int[] sizes;
    private final float[][] weights;
    private final float[][] biases;
    private final float[][] activations;

    /** A network of these layer sizes (input first, output last) with all weights zero. */
    public Mlp(int... sizes) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output size");
        }
        this.sizes = sizes.clone();
        int layers = sizes.length - 1;
        weights = new float[layers][];
        biases = new float[layers][];
        activations = new float[sizes.length][];
        for (int l = 0; l < layers; l++) {
            weights[l] = new float[sizes[l] * sizes[l + 1]];
            biases[l] = new float[sizes[l + 1]];
        }
        for (int l = 0; l < sizes.length; l++) {
            activations[l] = new float[sizes[l]];
        }
    }

    /**
     * A network initialised as PyTorch initialises {@code nn.Linear} (weights and biases uniform in
     * ±1/√inputs), from {@code random}: the same seed gives the same network.
     */
    public static Mlp initialised(SplittableRandom random, int... sizes) {
        Mlp network = new Mlp(sizes);
        for (int l = 0; l < network.weights.length; l++) {
            double bound = 1 / Math.sqrt(sizes[l]);
            for (int i = 0; i < network.weights[l].length; i++) {
                network.weights[l][i] = (float) ((random.nextDouble() * 2 - 1) * bound);
            }
            for (int i = 0; i < network.biases[l].length; i++) {
                network.biases[l][i] = (float) ((random.nextDouble() * 2 - 1) * bound);
            }
        }
        return network;
    }

    /** The layer sizes, input first. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int inputs() {
        return sizes[0];
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** Number of weight layers. */
    public int layers() {
        return weights.length;
    }

    /** Layer {@code l}'s weights, [input][output] row by row (live: writes change the network). */
    public float[] weights(int l) {
        return weights[l];
    }

    /** Layer {@code l}'s biases (live). */
    public float[] biases(int l) {
        return biases[l];
    }

    /** Every parameter array in a fixed order: weights 0, biases 0, weights 1, … (live). */
    public float[][] parameters() {
        float[][] all = new float[2 * weights.length][];
        for (int l = 0; l < weights.length; l++) {
            all[2 * l] = weights[l];
            all[2 * l + 1] = biases[l];
        }
        return all;
    }

    /**
     * The outputs for {@code input}, in a buffer of this network that the next call overwrites.
     * Float arithmetic in a fixed order: deterministic.
     */
    public float[] forward(float[] input) {
        if (input.length != sizes[0]) {
            throw new IllegalArgumentException("expected " + sizes[0] + " inputs, got " + input.length);
        }
        float[] in = input;
        for (int l = 0; l < weights.length; l++) {
            float[] out = activations[l + 1];
            int n = out.length;
            System.arraycopy(biases[l], 0, out, 0, n);
            float[] w = weights[l];
            for (int i = 0; i < in.length; i++) {
                float x = in[i];
                if (x == 0f) {
                    continue;
                }
                int row = i * n;
                for (int j = 0; j < n; j++) {
                    out[j] += x * w[row + j];
                }
            }
            if (l < weights.length - 1) {
                for (int j = 0; j < n; j++) {
                    if (out[j] < 0f) {
                        out[j] = 0f;
                    }
                }
            }
            in = out;
        }
        return in;
    }

    /** An independent copy (its own weights and buffers). */
    public Mlp copy() {
        Mlp copy = new Mlp(sizes);
        copy.setParameters(parameters());
        return copy;
    }

    /** Overwrites every parameter from arrays in {@link #parameters()} order. */
    public void setParameters(float[][] values) {
        float[][] own = parameters();
        if (values.length != own.length) {
            throw new IllegalArgumentException("expected " + own.length + " parameter arrays, got " + values.length);
        }
        for (int p = 0; p < own.length; p++) {
            if (values[p].length != own[p].length) {
                throw new IllegalArgumentException("parameter " + p + " has " + values[p].length + " values, expected " + own[p].length);
            }
            System.arraycopy(values[p], 0, own[p], 0, own[p].length);
        }
    }

    /** Whether {@code other} has the same sizes and bit-identical parameters. */
    public boolean sameAs(Mlp other) {
        return Arrays.equals(sizes, other.sizes) && Arrays.deepEquals(parameters(), other.parameters());
    }
}
