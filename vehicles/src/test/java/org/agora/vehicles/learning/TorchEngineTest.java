package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TorchEngineTest {

    @Test
    void computesAMatrixProductAndItsGradientOnTheCpuWithoutDownloading() {
        try (NDManager manager = TorchEngine.newManager()) {
            NDArray a = manager.create(new float[] {1, 2, 3, 4}, new Shape(2, 2));
            NDArray b = manager.create(new float[] {5, 6, 7, 8}, new Shape(2, 2));
            assertThat(a.matMul(b).toFloatArray()).containsExactly(19, 22, 43, 50);

            NDArray w = manager.create(new float[] {0.5f, -1f});
            w.setRequiresGradient(true);
            try (GradientCollector collector = TorchEngine.engine().newGradientCollector()) {
                NDArray loss = w.mul(w).sum();
                collector.backward(loss);
            }
            assertThat(w.getGradient().toFloatArray()).containsExactly(1f, -2f);
            // A second backward pass adds to the gradient: the trainer must zero it between steps.
            try (GradientCollector collector = TorchEngine.engine().newGradientCollector()) {
                collector.backward(w.mul(w).sum());
            }
            assertThat(w.getGradient().toFloatArray()).containsExactly(2f, -4f);
        }
        assertThat(TorchEngine.engine().getEngineName()).isEqualTo("PyTorch");
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }

    /**
     * MKL's matrix-vector product (the critic's output layer, and gradients in every layer) takes
     * other code paths for inputs at other addresses: without MKL's conditional numerical
     * reproducibility (MKL_CBWR, set by the build and the launcher) the same product on the same
     * numbers gave four different results over 16 placements, and trainings of the same file drifted
     * apart.
     */
    @Test
    void aMatrixVectorProductDoesNotDependOnWhereItsInputsLieInMemory() {
        SplittableRandom random = new SplittableRandom(3);
        float[] matrix = uniform(random, 32 * 32);
        float[] vector = uniform(random, 32);
        Set<String> results = new HashSet<>();
        for (int offset = 0; offset < 16; offset++) {
            try (NDManager manager = TorchEngine.newManager()) {
                NDArray product = placed(manager, matrix, new Shape(32, 32), offset)
                        .matMul(placed(manager, vector, new Shape(32, 1), offset));
                results.add(Arrays.toString(product.toFloatArray()));
            }
        }
        assertThat(results).as("distinct products over 16 placements (MKL_CBWR=%s)", System.getenv("MKL_CBWR"))
                .hasSize(1);
    }

    /** An array over native memory {@code offset} floats past the start of a fresh direct buffer. */
    private static NDArray placed(NDManager manager, float[] values, Shape shape, int offset) {
        ByteBuffer memory = ByteBuffer.allocateDirect(4 * (values.length + offset));
        memory.position(4 * offset);
        ByteBuffer slice = memory.slice().order(ByteOrder.nativeOrder());
        slice.asFloatBuffer().put(values);
        return manager.create(slice, shape, DataType.FLOAT32);
    }

    private static float[] uniform(SplittableRandom random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }
}
