package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The cause of the rare training that differed from the others (issue 15, item 4): DJL's
 * operations with a Java number ({@code x.maximum(0f)}, {@code x.mul(0.01f)}) make a one-element
 * tensor over a direct buffer and close it as soon as the operation returns, but PyTorch's autograd
 * keeps that tensor for the backward pass, over memory nothing on the Java side holds any more.
 * When a garbage collection between the forward and the backward pass frees the buffer and the
 * memory is used again, the backward pass reads another number: a ReLU's threshold or the entropy
 * bonus's weight changes, and so does the gradient. This test forces what happened by chance once
 * in about ten fresh JVMs: a collection, the cleaner's pass, and the freed memory refilled.
 */
class PpoUpdateMemoryTest {

    @Test
    void theGradientsOfTheUpdatesLossesDoNotChangeWhenTheGarbageCollectorRunsBeforeTheBackwardPass() {
        SplittableRandom random = new SplittableRandom(5);
        Mlp network = Mlp.initialised(random, 12, 16, 16, 5);
        float[] inputs = new float[8 * 12];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) (random.nextDouble() * 2 - 1);
        }
        float[][] quiet = gradients(network, inputs, false);
        float[][] collected = gradients(network, inputs, true);
        assertThat(Arrays.deepEquals(collected, quiet)).as("gradients after a collection between the passes").isTrue();
    }

    /** The gradients of an entropy-weighted loss on the network's log-softmax output, as the actor's. */
    private static float[][] gradients(Mlp network, float[] inputs, boolean collectBetweenPasses) {
        try (NDManager manager = TorchEngine.newManager()) {
            NDArray[] parameters = PpoUpdate.load(manager, network);
            NDArray input = manager.create(inputs, new Shape(inputs.length / network.inputs(), network.inputs()));
            try (GradientCollector collector = TorchEngine.engine().newGradientCollector()) {
                NDArray logProbabilities = PpoUpdate.forward(parameters, input).logSoftmax(1);
                NDArray entropy = logProbabilities.exp().mul(logProbabilities).sum(new int[] {1}).neg().mean();
                NDArray loss = logProbabilities.sum().add(PpoUpdate.scaled(entropy, 0.01));
                List<ByteBuffer> reuse = collectBetweenPasses ? collectAndRefill() : List.of();
                collector.backward(loss);
                Reference.reachabilityFence(reuse);
            }
            float[][] gradients = new float[parameters.length][];
            for (int p = 0; p < parameters.length; p++) {
                gradients[p] = parameters[p].getGradient().toFloatArray();
            }
            return gradients;
        }
    }

    /**
     * Collects garbage, gives the cleaner time to free unreachable direct buffers, then allocates
     * many small direct buffers filled with 7 so that freed one-element tensors' memory holds 7.
     */
    private static List<ByteBuffer> collectAndRefill() {
        List<ByteBuffer> buffers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int i = 0; i < 20_000; i++) {
                ByteBuffer buffer = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
                buffer.putFloat(0, 7f);
                buffers.add(buffer);
            }
        }
        return buffers;
    }
}
