package org.agora.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The goal a benchmark method must reach, printed beside its result: a ratio to the
 * {@code reference…} methods of its class (same parameters), an absolute score (in the
 * benchmark's unit), or a ceiling for average-time benchmarks.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Goal {

    /** The score must be at least this multiple of the reference's; 0 for none. */
    double minRatio() default 0;

    /** The score must be at least this; 0 for none. */
    double minScore() default 0;

    /** The score must be at most this (average-time benchmarks); 0 for none. */
    double maxScore() default 0;

    /** What the goal is, in words, for the report. */
    String text();
}
