package org.agora.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The end of an events file whose writer failed (a full disk): whole lines are kept, a torn last line is cut off. */
final class EventsFileEnd {

    private static final int BLOCK = 1 << 16;

    private EventsFileEnd() {
    }

    /**
     * Cuts {@code file} after its last line feed and counts its lines.
     *
     * @return the number of whole lines (events) it keeps
     */
    static long cutTornLine(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(BLOCK);
            long end = channel.size();
            long wholeEnd = 0;
            for (long from = Math.max(0, end - BLOCK); end > 0; from = Math.max(0, from - BLOCK)) {
                block.clear().limit((int) (end - from));
                channel.read(block, from);
                int last = lastLineFeed(block);
                if (last >= 0) {
                    wholeEnd = from + last + 1;
                    break;
                }
                end = from;
            }
            channel.truncate(wholeEnd);
            long lines = 0;
            for (long position = 0; position < wholeEnd; ) {
                block.clear();
                int read = channel.read(block, position);
                for (int i = 0; i < read; i++) {
                    if (block.get(i) == '\n') {
                        lines++;
                    }
                }
                position += read;
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int lastLineFeed(ByteBuffer block) {
        for (int i = block.position() - 1; i >= 0; i--) {
            if (block.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }
}
