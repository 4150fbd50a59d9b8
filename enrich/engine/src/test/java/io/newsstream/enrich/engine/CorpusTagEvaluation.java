package io.newsstream.enrich.engine;

import io.newsstream.ingest.parse.ArticleDraft;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the bundled engine over every article of a folder and scores its tags against the publisher's. */
final class CorpusTagEvaluation {

    private CorpusTagEvaluation() {}

    static TagEvaluation.Report of(Path folder) {
        List<TagEvaluation.FileTags> files = new ArrayList<>();
        for (Path file : SeedArticles.files(folder)) {
            ArticleDraft article = SeedArticles.read(file);
            Analysis analysis = TestEngines.BUNDLED_KB.analyze(new ArticleText(article.title(), article.body()));
            files.add(new TagEvaluation.FileTags(file.getFileName().toString(),
                    analysis.tags().stream().map(Tag::name).toList(), article.publisherTags()));
        }
        return TagEvaluation.evaluate(files);
    }
}
