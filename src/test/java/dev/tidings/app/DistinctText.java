package dev.tidings.app;

import java.util.Random;

/**
 * Paragraphs of plain English words drawn at random from a fixed seed, so that test articles are
 * not near-duplicates of each other (the near-duplicate detector would rightly fold copies whose
 * text differs only by a number or a name).
 */
final class DistinctText {
    private static final String[] WORDS = ("harbour council river bridge ferry market school winter summer"
                    + " farmers rain storm road station mayor budget hospital nurses doctors library museum"
                    + " festival garden orchard apples wheat barley mill factory workers union strike vote"
                    + " election minister parliament court judge lawyer police officer fire crew engine"
                    + " village town city county island coast beach cliff forest valley lake mountain"
                    + " morning evening night week month year spring autumn season plan report survey"
                    + " repairs bus train tram airport flight pilot ship cargo port crane dock warehouse"
                    + " price rent housing tenants landlord builder permit planning zoning park playground"
                    + " teacher pupils exam results science study researchers data energy solar wind grid"
                    + " water supply pipe flood levee pump drought reservoir fish fleet quota boat nets"
                    + " bakery bread cheese dairy cattle sheep wool weaver tailor shop street square"
                    + " church bell tower clock painting artist choir concert theatre actor film")
            .split(" ");
    private static final String[] JOINS = {"and", "with", "after", "before", "near", "for", "while", "as"};

    private DistinctText() {}

    /** {@code count} HTML paragraphs of three sentences each, the same for the same seed. */
    static String paragraphs(long seed, int count) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < count; p++) {
            html.append("<p>");
            for (int s = 0; s < 3; s++) {
                html.append(sentence(random)).append(' ');
            }
            html.setLength(html.length() - 1);
            html.append("</p>");
        }
        return html.toString();
    }

    private static String sentence(Random random) {
        int length = 9 + random.nextInt(7);
        StringBuilder s = new StringBuilder("The");
        for (int i = 0; i < length; i++) {
            s.append(' ')
                    .append(i % 4 == 3 ? JOINS[random.nextInt(JOINS.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
