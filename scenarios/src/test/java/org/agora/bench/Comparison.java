package org.agora.bench;

import java.util.List;

/**
 * A benchmark against a program outside this JVM (SUMO, Kafka's producer performance tool): it
 * runs Agora and the reference side by side, repeats, and reports medians itself. Registered in
 * {@code META-INF/services/org.agora.bench.Comparison} (test resources); {@link Bench} runs the
 * ones whose name matches its pattern.
 */
public interface Comparison {

    /** A name for the pattern to match, for example {@code TrafficVsSumo}. */
    String name();

    /** Runs the comparison; returns the report's lines (a small table, the ratio, the goal). */
    List<String> run() throws Exception;
}
