package io.newsstream.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Prepares a KRaft log directory the way {@code kafka-storage.sh format} does.
 *
 * <p>Reads and writes {@code server.properties} in the data directory (the format tool takes
 * its configuration from a file) and {@code meta.properties} in the log directory, which Kafka
 * writes on format and which holds the cluster id. A directory that is already formatted is
 * left alone and keeps its cluster id, so a broker restarted on it finds its data.
 */
final class KafkaStorage {

    private static final String META_PROPERTIES = "meta.properties";
    private static final String CLUSTER_ID = "cluster.id";

    private KafkaStorage() {}

    /**
     * Formats {@code logDir} unless already formatted.
     *
     * @return the cluster id stored in {@code logDir}
     */
    static String format(Path dataDir, Path logDir, Map<String, String> serverProperties) {
        String clusterId = storedClusterId(logDir).orElseGet(() -> Uuid.randomUuid().toString());
        Path propertiesFile = writeServerProperties(dataDir, serverProperties);
        String[] args = {
            "format", "-t", clusterId, "-c", propertiesFile.toString(), "--ignore-formatted"
        };
        int exitCode;
        try {
            exitCode = StorageTool.execute(args, new PrintStream(OutputStream.nullOutputStream()));
        } catch (Exception e) {
            // Scala code throws checked exceptions (TerseException) that Java cannot name here.
            throw new IllegalStateException(
                    "Cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException(
                    "Formatting Kafka storage in " + logDir + " failed with exit code " + exitCode);
        }
        return clusterId;
    }

    private static Optional<String> storedClusterId(Path logDir) {
        Path metaProperties = logDir.resolve(META_PROPERTIES);
        if (!Files.isRegularFile(metaProperties)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(metaProperties, StandardCharsets.UTF_8)) {
            Properties meta = new Properties();
            meta.load(reader);
            return Optional.ofNullable(meta.getProperty(CLUSTER_ID));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + metaProperties, e);
        }
    }

    private static Path writeServerProperties(Path dataDir, Map<String, String> serverProperties) {
        Path file = dataDir.resolve("server.properties");
        Properties props = new Properties();
        props.putAll(serverProperties);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(writer, "Written by Newsstream's embedded Kafka on every start");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
