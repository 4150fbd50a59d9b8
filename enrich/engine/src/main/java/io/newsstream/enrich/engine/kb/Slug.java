package io.newsstream.enrich.engine.kb;

import io.newsstream.enrich.engine.text.Tokenizer;

/** Lower-case ASCII slugs for ids: "Emily Cuddy" becomes "emily-cuddy". */
public final class Slug {

    private Slug() {}

    public static String of(String name) {
        String folded = Tokenizer.key(name, 0, name.length());
        StringBuilder slug = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else if (c != '.' && c != '\'') {
                dash = true;
            }
        }
        return slug.toString();
    }
}
