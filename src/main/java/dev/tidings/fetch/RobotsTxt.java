package dev.tidings.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) that apply to one product token: the groups naming
 * the token, else the {@code *} groups. The longest matching path pattern decides; on a tie
 * Allow wins. Patterns may use {@code *} and a final {@code $}.
 */
final class RobotsTxt {
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule("/", false)));
    /** Stands for a robots.txt that could not be read: everything is disallowed until it can be. */
    static final RobotsTxt UNREACHABLE = new RobotsTxt(List.of(new Rule("/", false)));

    private static final int MAX_RULES = 10_000;

    private record Rule(String pattern, boolean allow) {}

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    static RobotsTxt parse(byte[] body, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean sawMine = false;
        boolean groupIsMine = false;
        boolean groupIsStar = false;
        boolean inAgents = false; // consecutive user-agent lines share one group
        int count = 0;
        for (String raw : new String(body, StandardCharsets.UTF_8).split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (!inAgents) {
                        groupIsMine = false;
                        groupIsStar = false;
                    }
                    inAgents = true;
                    String agent = value.toLowerCase(Locale.ROOT);
                    if (agent.equals("*")) {
                        groupIsStar = true;
                    } else if (!agent.isEmpty() && (agent.equals(token) || agent.startsWith(token + "/"))) {
                        groupIsMine = true;
                        sawMine = true;
                    }
                }
                case "allow", "disallow" -> {
                    inAgents = false;
                    if (value.isEmpty() || ++count > MAX_RULES) {
                        continue; // an empty Disallow allows everything: no rule
                    }
                    Rule rule = new Rule(value, key.equals("allow"));
                    if (groupIsMine) {
                        mine.add(rule);
                    }
                    if (groupIsStar) {
                        star.add(rule);
                    }
                }
                default -> inAgents = false;
            }
        }
        return new RobotsTxt(List.copyOf(sawMine ? mine : star));
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        if (pathAndQuery.equals("/robots.txt")) {
            return true;
        }
        int best = -1;
        boolean allowed = true;
        for (Rule r : rules) {
            if (matches(r.pattern(), pathAndQuery)) {
                int length = r.pattern().length();
                if (length > best || length == best && r.allow()) {
                    best = length;
                    allowed = r.allow();
                }
            }
        }
        return allowed;
    }

    /** Glob match anchored at the start; {@code $} at the end anchors the end. Iterative, no backtracking blow-up. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int pi = 0;
        int si = 0;
        int starP = -1;
        int starS = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                starP = pi++;
                starS = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (pi == p.length() && !anchored) {
                return true; // the pattern is a prefix of the path
            } else if (starP >= 0) {
                pi = starP + 1;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
