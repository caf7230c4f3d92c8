package org.agora.vehicles.learning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
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
}
