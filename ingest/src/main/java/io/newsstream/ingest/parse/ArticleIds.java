package io.newsstream.ingest.parse;

import io.newsstream.content.ContentFingerprint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids: the same article ingested twice, from any input, gets the same id, so that
 * the compacted downstream topics hold it once. The id is 16 hex digits of SHA-256 over the
 * canonical URL when there is one, else over the normalised content.
 */
public final class ArticleIds {

    private static final int ID_HEX_DIGITS = 16;

    private ArticleIds() {}

    public static String idFor(ArticleDraft draft) {
        String basis = draft.url() != null && !draft.url().isBlank()
                ? "url:" + canonicalUrl(draft.url())
                : "content:" + ContentFingerprint.of(draft.title(), draft.body());
        return ContentFingerprint.sha256Hex(basis).substring(0, ID_HEX_DIGITS);
    }

    /**
     * Lower-cases scheme and host, drops the fragment, default ports, a trailing slash and
     * tracking parameters (utm_*, fbclid, gclid), so that links shared from different places
     * name the same article.
     */
    static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                return url.strip();
            }
            String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(param -> !isTrackingParameter(param))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (defaultPort ? "" : ":" + port)
                    + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static boolean isTrackingParameter(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid");
    }
}
