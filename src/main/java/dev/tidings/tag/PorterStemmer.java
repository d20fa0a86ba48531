package dev.tidings.tag;

/**
 * M. F. Porter's 1980 suffix-stripping algorithm for English, as published (with the later
 * "logi" and "bli" corrections left out, so results match the original paper). Input is one
 * lowercase word; words of one or two letters are returned as they are.
 */
public final class PorterStemmer {
    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}
    };
    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}
    };
    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize"
    };

    private PorterStemmer() {}

    /** The stem of one lowercase word. */
    public static String stem(String word) {
        if (word.length() <= 2) {
            return word;
        }
        StringBuilder w = new StringBuilder(word);
        step1a(w);
        step1b(w);
        step1c(w);
        replaceFirstMatch(w, STEP2, 0);
        replaceFirstMatch(w, STEP3, 0);
        step4(w);
        step5(w);
        return w.toString();
    }

    private static void step1a(StringBuilder w) {
        if (ends(w, "sses") || ends(w, "ies")) {
            w.setLength(w.length() - 2);
        } else if (!ends(w, "ss") && ends(w, "s")) {
            w.setLength(w.length() - 1);
        }
    }

    private static void step1b(StringBuilder w) {
        if (ends(w, "eed")) {
            if (measure(w, w.length() - 3) > 0) {
                w.setLength(w.length() - 1);
            }
            return;
        }
        int cut;
        if (ends(w, "ed")) {
            cut = 2;
        } else if (ends(w, "ing")) {
            cut = 3;
        } else {
            return;
        }
        if (!hasVowel(w, w.length() - cut)) {
            return;
        }
        w.setLength(w.length() - cut);
        if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) {
            w.append('e');
        } else if (doubleConsonant(w, w.length())) {
            char last = w.charAt(w.length() - 1);
            if (last != 'l' && last != 's' && last != 'z') {
                w.setLength(w.length() - 1);
            }
        } else if (measure(w, w.length()) == 1 && cvc(w, w.length())) {
            w.append('e');
        }
    }

    private static void step1c(StringBuilder w) {
        if (ends(w, "y") && hasVowel(w, w.length() - 1)) {
            w.setCharAt(w.length() - 1, 'i');
        }
    }

    /** Replaces the first listed suffix the word ends with, when the rest measures more than {@code m}. */
    private static void replaceFirstMatch(StringBuilder w, String[][] rules, int m) {
        for (String[] rule : rules) {
            if (ends(w, rule[0])) {
                int stemEnd = w.length() - rule[0].length();
                if (measure(w, stemEnd) > m) {
                    w.setLength(stemEnd);
                    w.append(rule[1]);
                }
                return;
            }
        }
    }

    private static void step4(StringBuilder w) {
        for (String suffix : STEP4) {
            if (ends(w, suffix)) {
                int stemEnd = w.length() - suffix.length();
                if (measure(w, stemEnd) > 1) {
                    if (suffix.equals("ion")) {
                        char before = stemEnd > 0 ? w.charAt(stemEnd - 1) : ' ';
                        if (before != 's' && before != 't') {
                            return;
                        }
                    }
                    w.setLength(stemEnd);
                }
                return;
            }
        }
    }

    private static void step5(StringBuilder w) {
        if (ends(w, "e")) {
            int stemEnd = w.length() - 1;
            int m = measure(w, stemEnd);
            if (m > 1 || (m == 1 && !cvc(w, stemEnd))) {
                w.setLength(stemEnd);
            }
        }
        if (ends(w, "ll") && measure(w, w.length()) > 1) {
            w.setLength(w.length() - 1);
        }
    }

    private static boolean ends(StringBuilder w, String suffix) {
        int n = w.length();
        int k = suffix.length();
        if (k > n) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (w.charAt(n - k + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the letter at {@code i} is a consonant; "y" after a consonant counts as a vowel. */
    private static boolean consonant(StringBuilder w, int i) {
        return switch (w.charAt(i)) {
            case 'a', 'e', 'i', 'o', 'u' -> false;
            case 'y' -> i == 0 || !consonant(w, i - 1);
            default -> true;
        };
    }

    /** The number of vowel-consonant sequences in the first {@code end} letters. */
    private static int measure(StringBuilder w, int end) {
        int m = 0;
        int i = 0;
        while (i < end && consonant(w, i)) {
            i++;
        }
        while (i < end) {
            while (i < end && !consonant(w, i)) {
                i++;
            }
            if (i >= end) {
                break;
            }
            while (i < end && consonant(w, i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private static boolean hasVowel(StringBuilder w, int end) {
        for (int i = 0; i < end; i++) {
            if (!consonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleConsonant(StringBuilder w, int end) {
        return end >= 2 && w.charAt(end - 1) == w.charAt(end - 2) && consonant(w, end - 1);
    }

    /** Consonant-vowel-consonant ending where the last consonant is not w, x or y. */
    private static boolean cvc(StringBuilder w, int end) {
        if (end < 3 || !consonant(w, end - 1) || consonant(w, end - 2) || !consonant(w, end - 3)) {
            return false;
        }
        char last = w.charAt(end - 1);
        return last != 'w' && last != 'x' && last != 'y';
    }
}
