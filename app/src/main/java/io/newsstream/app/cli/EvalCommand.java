package io.newsstream.app.cli;

import io.newsstream.enrich.engine.EnrichmentEngine;
import io.newsstream.enrich.engine.Tag;
import io.newsstream.enrich.engine.TagEvaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the engine's tags against the publisher tags of seed-format files.",
            "",
            "Compares the tags produced for each file in DIR with its publisher tag line (case- and",
            "accent-insensitive) and prints per-file and overall precision and recall.",
            "Use it to tune the knowledge base: missing tags point at absent entities or aliases."})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A directory of seed-format files (or one file).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EnrichmentEngine engine = EnrichmentEngine.withBundledKnowledgeBase();
        List<String> failures = new ArrayList<>();
        List<TagEvaluation.FileTags> files = new ArrayList<>();
        for (ArticleFiles.FileArticle article : ArticleFiles.readAll(ArticleFiles.list(dir), failures)) {
            if (article.draft().publisherTags().isEmpty()) {
                failures.add(article.origin() + ": no publisher tag line to compare with");
                continue;
            }
            List<String> produced = engine.analyze(article.text()).tags().stream().map(Tag::name).toList();
            files.add(new TagEvaluation.FileTags(article.origin(), produced, article.draft().publisherTags()));
        }
        failures.forEach(failure -> spec.commandLine().getErr().println("skipped " + failure));
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("no seed-format files with publisher tags in " + dir);
            return 2;
        }
        spec.commandLine().getOut().println(TagEvaluation.evaluate(files).render());
        return 0;
    }
}
