package org.agora.bench;

import java.util.List;

/**
 * The kernel goal, measured side by side: Agora's kernel publishing one event per agent step to a
 * no-op sink against a bare MASON {@code Schedule} loop on the same 10,000 agents
 * ({@link KernelBenchmark} holds both), alternating half-second segments in one JVM.
 * Goal: ≥ 0.80 × the bare loop's agent steps (events) per second.
 */
public final class KernelComparison implements Comparison {

    @Override
    public String name() {
        return "KernelVsMason";
    }

    @Override
    public List<String> run() {
        KernelBenchmark benchmark = new KernelBenchmark();
        benchmark.setUp();
        SideBySide.Result result = SideBySide.alternate("bare MASON Schedule loop", benchmark::referenceBareMason,
                "Agora kernel + events to a no-op sink", benchmark::agoraKernelWithEvents,
                KernelBenchmark.AGENTS * KernelBenchmark.INSTANTS, 500_000_000L, 21);
        return result.report("agent steps/s", 0.80);
    }
}
