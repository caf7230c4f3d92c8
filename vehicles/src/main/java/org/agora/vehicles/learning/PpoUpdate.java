package org.agora.vehicles.learning;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;

/**
 * The PPO update of MAPPO on DJL: the clipped surrogate objective of the shared actor with an
 * entropy bonus, the squared error of the centralised critic, gradients by DJL's autograd (the
 * PyTorch engine), each network's gradient clipped to a global norm, then an {@link Optimizer}
 * step. For each gradient step the networks' current weights are copied from their {@link Mlp}s
 * into DJL arrays and the gradients copied back; the optimizer updates the {@link Mlp}s' own arrays,
 * so the trainer acts with exactly the weights it learned, and a step costs a few dozen native
 * calls. Deterministic for the same inputs (single-threaded CPU math, minibatches shuffled from the
 * given generator).
 */
final class PpoUpdate {

    /** What an update measured, averaged over its gradient steps. */
    record Losses(double actor, double critic, double entropy) {
    }

    private PpoUpdate() {
    }

    static Losses apply(Mlp actor, Mlp critic, Optimizer actorOptimizer, Optimizer criticOptimizer, Transitions batch,
            Hyperparameters h, SplittableRandom random) {
        Engine engine = TorchEngine.engine();
        try (NDManager manager = TorchEngine.newManager()) {
            int n = batch.size;
            int minibatch = h.minibatch() <= 0 || h.minibatch() > n ? n : h.minibatch();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double actorLoss = 0;
            double criticLoss = 0;
            double entropySum = 0;
            int steps = 0;
            for (int epoch = 0; epoch < h.epochs(); epoch++) {
                if (minibatch < n) {
                    shuffle(order, random);
                }
                for (int start = 0; start < n; start += minibatch) {
                    int m = Math.min(minibatch, n - start);
                    try (NDManager step = manager.newSubManager()) {
                        Minibatch data = Minibatch.of(step, batch, order, start, m, actor.outputs());
                        NDArray[] actorParameters = load(step, actor);
                        NDArray[] criticParameters = load(step, critic);
                        try (GradientCollector collector = engine.newGradientCollector()) {
                            NDArray logProbabilities = forward(actorParameters, data.observations).logSoftmax(1);
                            NDArray taken = logProbabilities.mul(data.oneHotActions).sum(new int[] {1});
                            NDArray ratio = taken.sub(data.oldLogProbabilities).exp();
                            NDArray surrogate = ratio.mul(data.advantages)
                                    .minimum(ratio.clip(1 - h.clip(), 1 + h.clip()).mul(data.advantages));
                            NDArray entropy = logProbabilities.exp().mul(logProbabilities).sum(new int[] {1}).neg().mean();
                            NDArray policyLoss = surrogate.mean().neg().sub(scaled(entropy, h.entropy()));
                            NDArray values = forward(criticParameters, data.criticInputs).reshape(m);
                            NDArray valueLoss = values.sub(data.returns).square().mean();
                            collector.backward(policyLoss.add(valueLoss));
                            actorLoss += policyLoss.getFloat();
                            criticLoss += valueLoss.getFloat();
                            entropySum += entropy.getFloat();
                        }
                        descend(actor, actorParameters, actorOptimizer, h.maxGradNorm());
                        descend(critic, criticParameters, criticOptimizer, h.maxGradNorm());
                        steps++;
                    }
                }
            }
            return new Losses(actorLoss / steps, criticLoss / steps, entropySum / steps);
        }
    }

    /** Copies the gradients of {@code arrays} out, clips their global norm and lets the optimizer step {@code network}. */
    private static void descend(Mlp network, NDArray[] arrays, Optimizer optimizer, double maxNorm) {
        float[][] gradients = new float[arrays.length][];
        for (int p = 0; p < arrays.length; p++) {
            gradients[p] = arrays[p].getGradient().toFloatArray();
        }
        optimizer.step(network.parameters(), gradients, clipScale(gradients, maxNorm));
    }

    /**
     * The network's output for a batch of inputs: ReLU hidden layers, a linear output. The ReLU's
     * zero is a tensor of the input's manager, for the reason given at {@link #scaled}.
     */
    static NDArray forward(NDArray[] parameters, NDArray input) {
        NDArray zero = input.getManager().create(0f);
        NDArray x = input;
        int layers = parameters.length / 2;
        for (int l = 0; l < layers; l++) {
            x = x.matMul(parameters[2 * l]).add(parameters[2 * l + 1]);
            if (l < layers - 1) {
                x = x.maximum(zero);
            }
        }
        return x;
    }

    /**
     * {@code array} times {@code factor}, the factor a tensor of the array's manager. Never
     * {@code array.mul(number)}: DJL's operations with a Java number put the number in a tensor over
     * a direct buffer and close that tensor when the operation returns, while autograd keeps it for
     * the backward pass; a garbage collection in between frees the buffer, and the backward pass
     * reads whatever the memory holds by then (it made about one training in ten fresh JVMs differ).
     * A tensor of the manager stays reachable, its buffer with it, until the gradient step is over.
     */
    static NDArray scaled(NDArray array, double factor) {
        return array.mul(array.getManager().create((float) factor));
    }

    /** The factor that brings the gradients' global L2 norm down to {@code maxNorm} (PyTorch's clip_grad_norm_). */
    static float clipScale(float[][] gradients, double maxNorm) {
        if (maxNorm <= 0) {
            return 1f;
        }
        double squares = 0;
        for (float[] gradient : gradients) {
            for (float g : gradient) {
                squares += (double) g * g;
            }
        }
        double norm = Math.sqrt(squares);
        return norm > maxNorm ? (float) (maxNorm / (norm + 1e-6)) : 1f;
    }

    static NDArray[] load(NDManager manager, Mlp network) {
        float[][] values = network.parameters();
        int[] sizes = network.sizes();
        NDArray[] arrays = new NDArray[values.length];
        for (int l = 0; l < network.layers(); l++) {
            arrays[2 * l] = manager.create(values[2 * l], new Shape(sizes[l], sizes[l + 1]));
            arrays[2 * l + 1] = manager.create(values[2 * l + 1], new Shape(sizes[l + 1]));
        }
        for (NDArray array : arrays) {
            array.setRequiresGradient(true);
        }
        return arrays;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** One minibatch as DJL arrays. */
    private record Minibatch(NDArray observations, NDArray criticInputs, NDArray oneHotActions,
            NDArray oldLogProbabilities, NDArray advantages, NDArray returns) {

        static Minibatch of(NDManager manager, Transitions batch, int[] order, int start, int m, int actions) {
            int d = batch.observationSize;
            int c = batch.criticSize;
            float[] observations = new float[m * d];
            float[] criticInputs = new float[m * c];
            float[] oneHot = new float[m * actions];
            float[] old = new float[m];
            float[] advantages = new float[m];
            float[] returns = new float[m];
            for (int k = 0; k < m; k++) {
                int t = order[start + k];
                System.arraycopy(batch.observations, t * d, observations, k * d, d);
                System.arraycopy(batch.criticInputs, t * c, criticInputs, k * c, c);
                oneHot[k * actions + batch.actions[t]] = 1f;
                old[k] = batch.logProbabilities[t];
                advantages[k] = batch.advantages[t];
                returns[k] = batch.returns[t];
            }
            return new Minibatch(manager.create(observations, new Shape(m, d)), manager.create(criticInputs, new Shape(m, c)),
                    manager.create(oneHot, new Shape(m, actions)), manager.create(old), manager.create(advantages),
                    manager.create(returns));
        }
    }
}
