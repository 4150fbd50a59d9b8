package io.newsstream.ingest.publish;

import io.newsstream.ingest.parse.ArticleIds;
import io.newsstream.ingest.parse.ArticleDraft;
import io.newsstream.ingest.parse.ParseResult;
import io.newsstream.ingest.parse.ParserSelector;
import io.newsstream.schema.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads article files and directories (recursively, in path order) and publishes every article
 * they hold. A file or line that cannot be read is reported with its path and reason and sent to
 * the dead-letter topic; the rest still goes in. Hidden files and README files are skipped.
 */
public final class FileIngestor {

    private final ParserSelector parsers = new ParserSelector();
    private final ArticlePublisher publisher;
    private final Clock clock;

    public FileIngestor(ArticlePublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    public IngestReport ingest(List<Path> paths) {
        List<String> publishedIds = new ArrayList<>();
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (Path file : expand(paths, failures)) {
            ingestFile(file, publishedIds, failures);
        }
        publisher.flush();
        return new IngestReport(publishedIds, failures);
    }

    private void ingestFile(Path file, List<String> publishedIds, List<IngestReport.Failure> failures) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            failures.add(new IngestReport.Failure(file.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            reject(file.toString(), "not UTF-8 text", bytes, failures);
            return;
        }
        for (ParseResult result : parsers.forFile(file, text).parse(text)) {
            String origin = result.location().isEmpty() ? file.toString() : file + " " + result.location();
            if (result.isOk()) {
                RawArticle article = toRawArticle(result.article(), origin);
                publisher.publish(article);
                publishedIds.add(article.getId());
            } else {
                reject(origin, result.failure(), result.rawText().getBytes(StandardCharsets.UTF_8), failures);
            }
        }
    }

    private void reject(String origin, String reason, byte[] raw, List<IngestReport.Failure> failures) {
        failures.add(new IngestReport.Failure(origin, reason));
        publisher.deadLetter(origin, reason, raw);
    }

    private RawArticle toRawArticle(ArticleDraft draft, String origin) {
        return RawArticle.newBuilder()
                .setId(ArticleIds.idFor(draft))
                .setUrl(draft.url())
                .setSource(draft.source())
                .setTitle(draft.title())
                .setBody(draft.body())
                .setPublishedAt(draft.publishedAt())
                .setIngestedAt(clock.instant())
                .setLanguage(draft.language())
                .setPublisherTags(draft.publisherTags())
                .setOrigin(origin)
                .build();
    }

    private static List<Path> expand(List<Path> paths, List<IngestReport.Failure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(FileIngestor::isArticleFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    failures.add(new IngestReport.Failure(path.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                failures.add(new IngestReport.Failure(path.toString(), "no such file or directory"));
            }
        }
        return files;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equalsIgnoreCase("README.md");
    }
}
