package org.agora.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time of another process's threads, read from Linux's {@code /proc} while it runs, grouped
 * by kind (the thread's name, of which Linux keeps 15 characters). On a shared machine a run's
 * wall-clock rate follows the load; its CPU-seconds per unit of work by kind of thread follow the
 * code. A thread's last reading before it ends is kept, so threads that end before the process
 * (a producer's I/O thread, closed with it) are counted. Elsewhere than on Linux it reads nothing.
 *
 * <p>Threading: {@link #watch} starts a daemon thread that reads every {@value #PERIOD_MILLIS} ms;
 * {@link #stop} ends it and returns the readings.
 */
final class ProcessCpu {

    private static final long PERIOD_MILLIS = 50;
    /** Linux's USER_HZ: the unit of the times in {@code /proc/PID/task/TID/stat}. */
    private static final double TICKS_PER_SECOND = 100;

    private final long pid;
    private final Map<String, String> threadNames = new HashMap<>();
    private final Map<String, Double> secondsByThread = new HashMap<>();
    private final Thread reader;
    private volatile boolean stopped;

    private ProcessCpu(long pid) {
        this.pid = pid;
        this.reader = new Thread(this::readUntilStopped, "process-cpu-" + pid);
        this.reader.setDaemon(true);
    }

    /** Starts reading the threads of process {@code pid}. */
    static ProcessCpu watch(long pid) {
        ProcessCpu cpu = new ProcessCpu(pid);
        cpu.read();
        cpu.reader.start();
        return cpu;
    }

    /** Stops reading (after one last reading) and returns CPU-seconds by kind of thread, largest first. */
    Map<String, Double> stop() throws InterruptedException {
        stopped = true;
        reader.join();
        read();
        Map<String, Double> byKind = new HashMap<>();
        secondsByThread.forEach((thread, seconds) -> byKind.merge(kind(threadNames.get(thread)), seconds, Double::sum));
        Map<String, Double> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** CPU-seconds of all the process's threads so far (for a process that outlives the measurement). */
    static double totalSeconds(long pid) {
        ProcessCpu cpu = new ProcessCpu(pid);
        cpu.read();
        return cpu.secondsByThread.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private void readUntilStopped() {
        while (!stopped) {
            read();
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void read() {
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path thread : threads) {
                String stat = Files.readString(thread.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name
                double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                String id = thread.getFileName().toString();
                threadNames.put(id, name);
                secondsByThread.put(id, seconds);
            }
        } catch (IOException | RuntimeException e) {
            // the process or one of its threads ended between listing and reading: keep the last readings
        }
    }

    private static String kind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("ParGC") || name.equals("VM Thread")) {
            return "GC";
        }
        if (name.equals("java")) {
            return "main";
        }
        if (name.startsWith("agora-kafka-enc")) {
            return "encoder";
        }
        if (name.startsWith("agora-kafka-sen")) {
            return "sender";
        }
        if (name.startsWith("kafka-producer")) {
            return "producer I/O";
        }
        return "other";
    }
}
