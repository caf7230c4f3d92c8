package org.agora.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system of its own (a tmpfs mounted on a fresh directory) for tests of full and
 * read-only disks; mounting needs root, so a test that uses it is skipped where mounting is not
 * allowed. Unmounted and removed by {@link #close()}.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (for example "1m") on a new directory under {@code parent}; skips the test if not allowed. */
    public static SmallDisk mount(Path parent, String size) throws IOException, InterruptedException {
        Path point = Files.createTempDirectory(parent, "disk");
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", point.toString());
        Assumptions.assumeTrue(mounted, "mounting a tmpfs is not allowed here (needs root)");
        return new SmallDisk(point);
    }

    /** Where it is mounted. */
    public Path path() {
        return mountPoint;
    }

    /** Makes it read-only for everyone (root included). */
    public SmallDisk readOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IOException("cannot remount " + mountPoint + " read-only");
        }
        return this;
    }

    /** Gives it {@code size} (for example "8m"), keeping what it holds: the disk a user has cleaned up. */
    public SmallDisk resize(String size) throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,size=" + size, mountPoint.toString())) {
            throw new IOException("cannot resize " + mountPoint + " to " + size);
        }
        return this;
    }

    /** Fills it up to the last byte with a file of its own, {@code filler}; {@link #makeRoom()} removes it. */
    public SmallDisk fillUp() throws IOException {
        byte[] block = new byte[4096];
        try (var stream = Files.newOutputStream(filler())) {
            while (true) {
                stream.write(block);
                stream.flush();
            }
        } catch (IOException full) {
            if (IoFailure.fullDiskCause(full) == null) {
                throw full;
            }
        }
        return this;
    }

    /** Fills it up but for about {@code bytes} (rounded to the file system's pages). */
    public SmallDisk leaveFree(long bytes) throws IOException {
        fillUp();
        try (var filler = java.nio.channels.FileChannel.open(filler(), java.nio.file.StandardOpenOption.WRITE)) {
            filler.truncate(Math.max(0, filler.size() - bytes));
        }
        return this;
    }

    /** Removes what {@link #fillUp()} wrote: the disk a user has cleaned up. */
    public SmallDisk makeRoom() throws IOException {
        Files.deleteIfExists(filler());
        return this;
    }

    private Path filler() {
        return mountPoint.resolve("filler");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run("umount", mountPoint.toString())) {
            throw new IOException("cannot unmount " + mountPoint + "; files this JVM holds open there: " + openFiles());
        }
        Files.deleteIfExists(mountPoint);
    }

    /** The files under the mount point this process has open (a leak that keeps the disk busy). */
    private List<Path> openFiles() throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return List.of();
        }
        List<Path> open = new java.util.ArrayList<>();
        try (var entries = Files.list(descriptors)) {
            for (Path entry : entries.toList()) {
                try {
                    Path target = Files.readSymbolicLink(entry);
                    if (target.startsWith(mountPoint)) {
                        open.add(target);
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while listing
                }
            }
        }
        return open;
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noSuchCommand) {
            return false;
        }
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
