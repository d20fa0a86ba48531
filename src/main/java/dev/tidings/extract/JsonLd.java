package dev.tidings.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article object of a page's JSON-LD, found among all {@code ld+json} scripts, their arrays,
 * {@code @graph} lists and {@code mainEntity} links. Broken JSON is skipped, never thrown.
 */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article",
            "newsarticle",
            "blogposting",
            "reportagenewsarticle",
            "analysisnewsarticle",
            "opinionnewsarticle",
            "reviewnewsarticle",
            "backgroundnewsarticle",
            "askpublicnewsarticle",
            "satiricalarticle",
            "advertisercontentarticle",
            "techarticle",
            "scholarlyarticle",
            "medicalscholarlyarticle",
            "report",
            "liveblogposting",
            "socialmediaposting",
            "discussionforumposting",
            "posting",
            "creativework");

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private JsonLd() {}

    /** Every object of the page's JSON-LD: top level, in arrays, {@code @graph} and main entities. */
    static List<JsonNode> objects(List<Element> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : scripts) {
            JsonNode root = parse(script.data());
            if (root != null) {
                collect(root, objects, 0);
            }
        }
        return objects;
    }

    /** The first article-typed object among {@code objects}, else the first with a headline; or null. */
    static JsonNode article(List<JsonNode> objects) {
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                return o;
            }
        }
        for (JsonNode o : objects) {
            if (o.hasNonNull("headline")) {
                return o;
            }
        }
        return null;
    }

    private static JsonNode parse(String json) {
        // Some CMSs wrap the JSON in HTML comments or CDATA markers, with or without "//" before them.
        String s = strip(json.strip(), "<!--", "-->");
        s = strip(s.replace("//<![CDATA[", "<![CDATA[").replace("//]]>", "]]>"), "<![CDATA[", "]]>");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String strip(String s, String open, String close) {
        String t = s.startsWith(open) ? s.substring(open.length()) : s;
        t = t.endsWith(close) ? t.substring(0, t.length() - close.length()) : t;
        return t.strip();
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 6 || node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
            collect(node.get("mainEntityOfPage"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode o) {
        for (String type : strings(o.get("@type"))) {
            if (ARTICLE_TYPES.contains(bareType(type))) {
                return true;
            }
        }
        return false;
    }

    /** A type without its vocabulary, lower-cased: "schema:NewsArticle", "https://schema.org/NewsArticle" → "newsarticle". */
    static String bareType(String type) {
        int colon = type.lastIndexOf(':');
        int slash = type.lastIndexOf('/');
        return type.substring(Math.max(colon, slash) + 1).toLowerCase(Locale.ROOT);
    }

    /** A plain string from a value that may be a string, a number, or an object with a name. */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            for (String key : List.of("name", "@value", "url", "@id")) {
                if (n.hasNonNull(key) && n.get(key).isValueNode()) {
                    return clean(n.get(key).asText());
                }
            }
            return null;
        }
        return clean(n.asText());
    }

    /** Every string in a value that may be one string, an object, or an array of either. */
    static List<String> strings(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (n != null) {
            if (n.isArray()) {
                for (JsonNode item : n) {
                    String s = text(item);
                    if (s != null) {
                        out.add(s);
                    }
                }
            } else {
                String s = text(n);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A URL from a value that may be a string, an ImageObject, or an array of either. */
    static String url(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : url(n.get(0));
        }
        if (n.isObject()) {
            for (String key : List.of("url", "contentUrl", "@id")) {
                if (n.hasNonNull(key)) {
                    return url(n.get(key));
                }
            }
            return null;
        }
        return clean(n.asText());
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false).strip() : s.strip();
        return t.isEmpty() ? null : t;
    }
}
