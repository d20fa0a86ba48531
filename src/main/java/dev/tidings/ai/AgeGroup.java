package dev.tidings.ai;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named by their age, as a reader asks about them ("young people", "students", "pensioners")
 * and as a report names them, often by an age limit ("40-crown seats for under-26s", "free for
 * over-65s"). A sentence that names the group either way holds the question's words for it.
 */
enum AgeGroup {
    YOUNG(
            "\\b(?:young(?: people| adults| ones| fans| viewers| visitors| audiences?)?|youngsters?|youth|students?"
                    + "|kids|children|child|teenagers?|teens|under[- ]\\d{1,2}s?)\\b",
            "(?i)\\bunder[- ]?\\d{1,2}s\\b|\\bunder[- ]\\d{1,2}\\b|\\b(?:aged|age) (?:under|below|up to) \\d{1,2}\\b"
                    + "|\\byoung (?:people|adults|audiences?|viewers|visitors)\\b|\\bstudents?\\b|\\bchildren\\b"
                    + "|\\bteenagers?\\b|\\byouth\\b|\\bpupils\\b"),
    OLD(
            "\\b(?:old(?:er)? (?:people|adults|folk|residents|customers)|elderly|pensioners?|seniors?|retirees|retired people"
                    + "|over[- ]\\d{2}s?)\\b",
            "(?i)\\bover[- ]?\\d{2}s\\b|\\bover[- ]\\d{2}\\b|\\b(?:aged|age) (?:over|above) \\d{2}\\b|\\bpensioners?\\b"
                    + "|\\bseniors?\\b|\\bretirees\\b|\\belderly\\b|\\bolder (?:people|adults|residents)\\b");

    private final Pattern asked;
    private final Pattern named;

    AgeGroup(String asked, String named) {
        this.asked = Pattern.compile(asked);
        this.named = Pattern.compile(named);
    }

    /** A group asked about, and the words the (lower-case) question asks about it in. */
    record Asked(AgeGroup group, String words) {
        /** Whether the sentence names the group, in any of its ways. */
        boolean namedIn(String sentence) {
            return group.named.matcher(sentence).find();
        }
    }

    /** The first age group the (lower-case) question asks about, if any. */
    static Optional<Asked> in(String question) {
        for (AgeGroup group : values()) {
            Matcher m = group.asked.matcher(question);
            if (m.find()) {
                return Optional.of(new Asked(group, m.group()));
            }
        }
        return Optional.empty();
    }
}
