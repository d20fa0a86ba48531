package dev.tidings.ai;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yes-or-no questions whose answer a report gives in a form of its own rather than in the
 * question's words: whether something is cheap or free (a price: "Tickets from 180 crowns"),
 * whether a vote was close or unanimous (a tally: "In a 7–2 decision", "voted 31 to 22"), whether
 * anyone is losing their job (jobs cut: "cutting around 300 head-office jobs"). Only a sentence that
 * gives that form answers such a question ({@link #shows}); the question's words that ask for it
 * ({@link Asked#words}: "cheap", "unanimous", "losing their job") count as found in it.
 */
enum PolarQuestion {
    /* "Is it free to get in?", "are there cheap seats?", "is there a discount for students?", "does it cost anything?" */
    PRICE(
            "\\b(?:cheap|cheaper|cheapest|expensive|pricey|affordable|discounts?|discounted|concessions?|reduced price"
                    + "|(?:cost|costs|charge|charges) (?:anything|money|much|a lot|extra|nothing)"
                    + "|(?:have|has|need|needs) to pay|pay (?:for|to get in|to enter|anything)|for free"
                    + "|free (?:to (?:get in|go in|enter|visit|use|attend|download|watch|join|see)|entry|admission|of charge)"
                    + "|(?:is|are|was|were|will|be) (?:it |they |this |that |entry |admission |(?:the )?(?:\\w+ ){1,2})?(?:be )?free"
                    + "(?: or\\b|[?.!]*$))",
            // "will oranges get pricier?", "will fares go up?": a change in price, not the price
            "\\b(?:pricier|dearer|cheaper (?:soon|next year|now)|(?:prices?|fares?|costs?|bills?|rents?) (?:go|going"
                    + "|rise|rising|fall|falling|increase|drop|come down|go up))\\b",
            null,
            null,
            // a sum of money, or something costing nothing: "free for the opening weekend", "free admission"
            "(?i)" + QuestionKind.SUM_OF_MONEY
                    + "|\\b(?:for free|free of charge|at no (?:extra )?cost|costs? nothing|no charge"
                    + "|free (?:admission|entry|tickets?|of charge|for|to (?:enter|use|visit|attend|download|join))"
                    + "|(?:is|are|be|was|were|remains?|stays?) free\\b(?! (?:of|from|to)\\b))"),
    /* "Was the vote close?", "was the decision unanimous?", "did all the judges agree?" */
    TALLY(
            "\\bunanimous(?:ly)?\\b|^(?:did|do|does|have|has|had|were|are) (?:all|every\\w*|both)\\b.*\\bagree(?:d)?\\b"
                    + "|^(?=.*\\b(?:vote|votes|voted|voting|decision|ruling|verdict|judges|justices|court|committee"
                    + "|council|board|members|jury|parliament|mps|chamber|referendum|ballot)\\b)"
                    + ".*\\b(?:close|narrow|narrowly|tight|split|divided|dissent\\w*)\\b",
            // what a tally gives: how close the vote was, how united
            "\\b(?:unanimous|unanimously|close|narrow|narrowly|tight|split|divided|agree|agreed|dissent\\w*)\\b",
            "(?i)\\b\\d+\\s?[–-]\\s?\\d+ (?:decision|vote|ruling|verdict|majority|split)\\b"
                    + "|\\bunanimous(?:ly)?\\b|\\bdissent\\w*\\b|\\bsplit (?:vote|decision|verdict)\\b"
                    // "voted 31 to 22", "divided 114 to 109", "Six of the nine members … voted": in a sentence on a
                    // vote
                    + "|^(?=.*\\b(?:vot\\w+|ballot|decision|ruling|verdict|majority|motion|divided|division)\\b).*?"
                    + "(?:\\b(?:\\d+|" + NumberWords.alternatives() + ")(?: votes?)? (?:to|against) (?:\\d+|"
                    + NumberWords.alternatives() + ")\\b"
                    + "|\\b(?:\\d+|" + NumberWords.alternatives() + ") of (?:the|its) (?:\\d+|"
                    + NumberWords.alternatives() + ")\\b)"),
    /* "Is anyone losing their job?", "are they laying people off?", "will there be redundancies?" */
    JOBS_CUT(
            "\\blos(?:e|es|ing|t) (?:\\w+ )?jobs?\\b|\\blay(?:ing)? (?:\\w+ ){0,2}off\\b|\\blaid (?:\\w+ )?off\\b|\\blayoffs?\\b"
                    + "|\\bredundan\\w+\\b|\\bjob (?:cuts|losses)\\b|\\bjobs? (?:be )?(?:cut|go|going|lost|axed)\\b"
                    + "|\\bcut(?:ting)? (?:any )?jobs\\b|\\bsack(?:ing)? (?:staff|workers|people)\\b",
            null,
            null,
            // "will the workers lose their jobs?": the jobs must be named, only losing them may be told otherwise
            "\\bjobs?\\b",
            "(?i)\\b(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axed|axing|lose|loses|losing|lost|eliminat\\w+)\\b"
                    + "[^.;]{0,30}?\\bjobs?\\b|\\bjobs?\\b[^.;]{0,30}?\\b(?:cut|lost|will go|to go|at risk|axed)\\b"
                    + "|\\bjob (?:cuts|losses)\\b|\\bredundanc\\w+\\b|\\blay(?:ing)? off\\b|\\blaid off\\b|\\blayoffs?\\b");

    /* A yes-or-no question opens with its verb: "is", "are", "will", "can", "did", "has", "should" … */
    private static final Pattern POLAR = Pattern.compile(
            "^(?:is|are|was|were|will|would|can|could|does|do|did|has|have|had|should|shall|may|might|must"
                    + "|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|doesn['’]t"
                    + "|don['’]t|didn['’]t|hasn['’]t|haven['’]t|shouldn['’]t)\\b");

    private final Pattern asks;
    private final Pattern asksOther;
    private final Pattern words;
    private final Pattern named;
    private final Pattern shows;

    PolarQuestion(String asks, String words, String shows) {
        this(asks, null, words, null, shows);
    }

    /**
     * @param asks what makes a question of the kind
     * @param asksOther what makes a question that {@code asks} matches one of another kind, or null
     * @param words the words of it that ask for the kind's answer (every match); null for the
     *     words {@code asks} matched
     * @param named of those, the ones a sentence must name itself, or null
     * @param shows what makes a sentence give the kind's answer
     */
    PolarQuestion(String asks, String asksOther, String words, String named, String shows) {
        this.asks = Pattern.compile(asks);
        this.asksOther = asksOther == null ? null : Pattern.compile(asksOther);
        this.words = words == null ? this.asks : Pattern.compile(words);
        this.named = named == null ? null : Pattern.compile(named);
        this.shows = Pattern.compile(shows);
    }

    /** A yes-or-no question of one kind, with the words of it that ask for that kind's answer. */
    record Asked(PolarQuestion kind, String words) {}

    /** Whether the (lower-case) question is a yes-or-no one. */
    static boolean isPolar(String question) {
        return POLAR.matcher(question).find();
    }

    /** The kind of the (lower-case) yes-or-no question, if its answer comes in a form of its own. */
    static Optional<Asked> of(String question) {
        if (!isPolar(question)) {
            return Optional.empty();
        }
        for (PolarQuestion kind : values()) {
            if (kind.asksOther != null && kind.asksOther.matcher(question).find()) {
                continue;
            }
            if (kind.asks.matcher(question).find()) {
                StringBuilder words = new StringBuilder();
                Matcher m = kind.words.matcher(question);
                while (m.find()) {
                    words.append(m.group()).append(' ');
                }
                String asked = kind.named == null
                        ? words.toString()
                        : kind.named.matcher(words).replaceAll(" ");
                return Optional.of(new Asked(kind, asked.strip()));
            }
        }
        return Optional.empty();
    }

    /**
     * How much of a question's word for the kind a sentence of the kind holds: all of "unanimous" in
     * a tally, half of "cheap" in a price (reports give many sums of money; one that says "cheap" or
     * "free" ranks first).
     */
    double credit() {
        return this == PRICE ? 0.5 : 1.0;
    }

    /**
     * Whether a sentence of the kind answers however far it is from the question in meaning: a tally
     * ("was it unanimous?" / "Six of the nine members … voted for the increase") or jobs cut does; a
     * sum of money, which may price anything, does not.
     */
    boolean answersAlone() {
        return this != PRICE;
    }

    /** Whether the sentence gives this kind's answer: a price, a tally, jobs cut. */
    boolean shows(String sentence) {
        return shows.matcher(sentence).find();
    }
}
