package io.newsstream.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void sameUrlGivesSameIdWhateverTheTrackingNoise() {
        String a = ArticleIds.idFor(withUrl("https://News.Example.org/world/ukraine/?utm_source=x&page=2#top"));
        String b = ArticleIds.idFor(withUrl("https://news.example.org/world/ukraine?page=2&fbclid=abc"));

        assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void differentUrlsGiveDifferentIds() {
        assertThat(ArticleIds.idFor(withUrl("https://example.org/a")))
                .isNotEqualTo(ArticleIds.idFor(withUrl("https://example.org/b")));
    }

    @Test
    void withoutUrlTheIdFollowsTheContentNotItsTypography() {
        String a = ArticleIds.idFor(ArticleDraft.ofText(null, "Putin met Trump.\nThey talked.", List.of("War")));
        String b = ArticleIds.idFor(ArticleDraft.ofText(null, "putin  met trump\n\nthey talked", List.of()));
        String c = ArticleIds.idFor(ArticleDraft.ofText(null, "Putin met Biden.", List.of()));

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    private static ArticleDraft withUrl(String url) {
        return new ArticleDraft(url, null, "t", "b", null, null, List.of());
    }
}
