package org.agora.vehicles.learning;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * The PyTorch engine of DJL, set up for reproducible training on the CPU: the native library is
 * taken from the {@code pytorch-native-cpu} jar on the class path (never downloaded: DJL runs in
 * offline mode), and PyTorch uses one intra-op and one inter-op thread so that the same inputs
 * give the same floating-point results. The settings are system properties DJL reads when the
 * engine starts; they do not override values the user set on the command line.
 *
 * <p>One setting cannot come from here: MKL, PyTorch's CPU BLAS, picks code paths for a
 * matrix-vector product by where its inputs lie in memory, so the same product on the same
 * numbers differs in the last bits from one call to the next, and two trainings of the same file
 * drift apart. The environment variable {@code MKL_CBWR} (conditional numerical reproducibility;
 * {@code AUTO,STRICT}: the fastest code path of this CPU, always the same one, whatever the
 * inputs' alignment) removes that; MKL reads it
 * when the process starts, so the {@code agora} launcher and the build's test runs set it. A JVM
 * started otherwise does without it. (DJL's operations with a Java number are the other trap for
 * reproducible gradients: see {@code PpoUpdate.scaled}.)
 */
public final class TorchEngine {

    private static final String[][] SETTINGS = {
        {"ai.djl.offline", "true"},
        {"ai.djl.default_engine", "PyTorch"},
        {"PYTORCH_FLAVOR", "cpu"},
        {"PYTORCH_VERSION", "2.7.1"},
        {"ai.djl.pytorch.num_threads", "1"},
        {"ai.djl.pytorch.num_interop_threads", "1"},
        {"ai.djl.pytorch.graph_optimizer", "false"},
        // CPU only: DJL's probe for a CUDA driver finds none and would say so on every start.
        {"org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "off"},
    };

    private static volatile Engine engine;

    private TorchEngine() {
    }

    /**
     * The started engine (the first call extracts the native library into DJL's cache directory,
     * {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} says otherwise). Thread-safe.
     */
    public static Engine engine() {
        Engine started = engine;
        if (started == null) {
            synchronized (TorchEngine.class) {
                started = engine;
                if (started == null) {
                    for (String[] setting : SETTINGS) {
                        if (System.getProperty(setting[0]) == null) {
                            System.setProperty(setting[0], setting[1]);
                        }
                    }
                    started = Engine.getEngine("PyTorch");
                    engine = started;
                }
            }
        }
        return started;
    }

    /** A new manager on the CPU; close it to free its arrays. */
    public static NDManager newManager() {
        return engine().newBaseManager(ai.djl.Device.cpu());
    }
}
