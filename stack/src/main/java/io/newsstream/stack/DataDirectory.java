package io.newsstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.utils.Utils;

/**
 * Where a server keeps its files: either a directory the caller chose, which is created if
 * missing and kept so that a restart finds its data, or a fresh temporary directory that is
 * deleted on {@link #close()}.
 */
final class DataDirectory implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private DataDirectory(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    /**
     * The chosen directory, created if missing and kept on close; or, if {@code chosen} is
     * {@code null}, a fresh temporary one named {@code temporaryPrefix...}, deleted on close.
     */
    static DataDirectory open(Path chosen, String temporaryPrefix) {
        try {
            if (chosen != null) {
                return new DataDirectory(Files.createDirectories(chosen), false);
            }
            return new DataDirectory(Files.createTempDirectory(temporaryPrefix), true);
        } catch (IOException e) {
            String what =
                    chosen != null
                            ? chosen.toString()
                            : "in " + System.getProperty("java.io.tmpdir");
            throw new UncheckedIOException("Cannot create data directory " + what, e);
        }
    }

    Path path() {
        return path;
    }

    /** Deletes a temporary directory with everything in it; keeps a chosen one. */
    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try {
            Utils.delete(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete temporary data directory " + path, e);
        }
    }
}
