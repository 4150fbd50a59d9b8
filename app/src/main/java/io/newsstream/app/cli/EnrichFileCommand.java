package io.newsstream.app.cli;

import io.newsstream.enrich.engine.AnalysisJson;
import io.newsstream.enrich.engine.EnrichmentEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "enrich-file", mixinStandardHelpOptions = true,
        description = {"Print the engine's mentions, tags and quotes for files, as JSON lines; no Kafka needed.",
            "",
            "One JSON object per article:",
            "{file, language, tags:[{name,kind,score}], mentions:[{name,id,type,count,spans:[[start,end]...],country}],",
            "quotes:[{speaker,text}]}. Spans index the title, a newline, then the body (just the body without a title).",
            "Files are read like ingest reads them: seed format, JSON lines (.jsonl), plain text."})
public final class EnrichFileCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EnrichmentEngine engine = EnrichmentEngine.withBundledKnowledgeBase();
        PrintWriter out = spec.commandLine().getOut();
        List<String> failures = new ArrayList<>();
        for (ArticleFiles.FileArticle article : ArticleFiles.readAll(files, failures)) {
            out.println(AnalysisJson.toJson(article.origin(), engine.analyze(article.text())));
        }
        out.flush();
        failures.forEach(failure -> spec.commandLine().getErr().println("skipped " + failure));
        return failures.isEmpty() ? 0 : 3;
    }
}
