package dev.tidings.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page is opinion (a column, an editorial, an op-ed, a comment piece) rather than
 * reporting, from what publishers mark it with: the schema.org type {@code OpinionNewsArticle}, a
 * section or breadcrumb named "Opinion", "Comment", "Editorial"…, an opinion folder in the URL
 * ({@code /opinion/}, {@code /commentisfree/}), or a headline labelled "Opinion |". Readers see the
 * label, and a story's summary of what the outlets report is not headed by an argument.
 */
public final class Opinion {

    /** Section, breadcrumb and folder names that mean opinion, lower-cased, words joined by a space. */
    private static final Set<String> SECTIONS = Set.of(
            "opinion",
            "opinions",
            "comment",
            "commentary",
            "comment is free",
            "editorial",
            "editorials",
            "op ed",
            "op eds",
            "oped",
            "columnists",
            "letters to the editor");

    /**
     * URL folders that hold opinion. "comment" is left out: many sites keep readers' comments under
     * it, and the section name says it better where it is opinion.
     */
    private static final Set<String> FOLDERS =
            Set.of("opinion", "opinions", "commentisfree", "editorial", "editorials", "op-ed", "op-eds", "oped");

    /** A headline's label: "Opinion | …", "OPINION: …", "Op-Ed — …", "Editorial: …". */
    private static final Pattern TITLE_LABEL =
            Pattern.compile("(?i)^\\s*(opinion|op-ed|oped|editorial|commentary|comment)\\s*[|:–—-]\\s*(\\S.*)$");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Where a section's name parts: "Opinion > Columnists", "Comment & Debate", "Opinion - World". */
    private static final Pattern PARTS = Pattern.compile("\\s*[>/|:,&–—]\\s*|\\s+-\\s+");

    private Opinion() {}

    /**
     * Whether the page marks itself as opinion. {@code objects} are all of its JSON-LD objects,
     * {@code article} the article among them (may be null).
     */
    static boolean of(List<JsonNode> objects, JsonNode article, MetaTags meta, String title, List<URI> urls) {
        if (article != null) {
            for (String type : JsonLd.strings(article.get("@type"))) {
                if (JsonLd.bareType(type).equals("opinionnewsarticle")) {
                    return true;
                }
            }
            if (anySection(JsonLd.strings(article.get("articleSection")))
                    || anySection(JsonLd.strings(article.get("genre")))) {
                return true;
            }
        }
        if (anySection(meta.all("article:section")) || anySection(meta.all("article.section"))) {
            return true;
        }
        if ("true".equalsIgnoreCase(meta.first("article:opinion"))) {
            return true;
        }
        for (JsonNode o : objects) {
            if (isBreadcrumbs(o) && anySection(crumbs(o))) {
                return true;
            }
        }
        for (URI url : urls) {
            if (byUrl(url)) {
                return true;
            }
        }
        return labelled(title);
    }

    /** Whether a headline carries an opinion label ("Opinion | …", "Editorial: …"). */
    public static boolean labelled(String title) {
        return title != null && TITLE_LABEL.matcher(title).matches();
    }

    /** Whether the URL's path has an opinion folder ({@code /opinion/2026/…}); false for null. */
    public static boolean byUrl(URI url) {
        if (url == null || url.getRawPath() == null) {
            return false;
        }
        String[] parts = url.getRawPath().toLowerCase(Locale.ROOT).split("/");
        // the last part is the article's own name, which may well contain the word
        for (int i = 0; i < parts.length - 1; i++) {
            if (FOLDERS.contains(parts[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headline without an opinion label ("Opinion | Why the bridge matters" → "Why the bridge
     * matters"), since the page shows the label on its own; unchanged when it has none or the rest
     * is a single word.
     */
    public static String withoutLabel(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_LABEL.matcher(title);
        if (!m.matches()) {
            return title;
        }
        String rest = m.group(2).strip();
        return rest.contains(" ") ? rest : title;
    }

    /** Whether a section is opinion: named so, or its first part is ("Opinion > Columnists"). */
    private static boolean anySection(List<String> names) {
        for (String name : names) {
            if (SECTIONS.contains(words(name)) || SECTIONS.contains(words(PARTS.split(name, 2)[0]))) {
                return true;
            }
        }
        return false;
    }

    private static String words(String s) {
        return NOT_LETTERS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isBreadcrumbs(JsonNode o) {
        for (String type : JsonLd.strings(o.get("@type"))) {
            if (JsonLd.bareType(type).equals("breadcrumblist")) {
                return true;
            }
        }
        return false;
    }

    /** The names of a breadcrumb list's first three items (deeper ones name the article itself). */
    private static List<String> crumbs(JsonNode list) {
        JsonNode items = list.get("itemListElement");
        if (items == null || !items.isArray()) {
            return List.of();
        }
        var names = new java.util.ArrayList<String>();
        for (int i = 0; i < Math.min(3, items.size()); i++) {
            JsonNode item = items.get(i);
            String name = JsonLd.text(item.get("name"));
            if (name == null && item.has("item")) {
                name = JsonLd.text(item.get("item"));
            }
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
