package dev.tidings.demo;

/**
 * A drawn placeholder standing in for a news photograph, so the outlet that illustrates its stories
 * links to an image that exists.
 */
final class LeadImage {

    private static final String[] COLOURS = {"#27496d", "#6d2727", "#2f6d27", "#6d5a27", "#4b276d", "#276d66"};

    private LeadImage() {}

    static String path(Publication pub) {
        return "/media/images/" + pub.article().slug() + ".svg";
    }

    static String svg(Publication pub) {
        String colour = COLOURS[Math.floorMod(pub.article().slug().hashCode(), COLOURS.length)];
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
                  <rect width="1200" height="675" fill="%s"/>
                  <circle cx="930" cy="200" r="120" fill="#ffffff" fill-opacity="0.15"/>
                  <path d="M0 520 L300 380 L520 470 L800 330 L1200 500 L1200 675 L0 675 Z" fill="#000000" fill-opacity="0.25"/>
                  <text x="60" y="110" font-family="Georgia, serif" font-size="48" fill="#ffffff">%s</text>
                </svg>
                """.formatted(colour, Html.esc(Html.capitalise(pub.section())));
    }
}
