package dev.tidings.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of an element: one paragraph per block element, paragraphs separated by a blank
 * line, whitespace collapsed. A single {@code <br>} is a line break; two end the paragraph.
 * Table rows are paragraphs with their cells joined by " | ".
 */
final class TextRenderer implements NodeVisitor {

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private boolean pendingSpace;
    private int preDepth;

    private TextRenderer() {}

    static String render(Element root) {
        TextRenderer r = new TextRenderer();
        NodeTraversor.traverse(r, root);
        r.flush();
        return r.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            text(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        switch (tag) {
            case "br" -> lineBreak();
            case "td", "th" -> {
                if (!line.isEmpty()) {
                    line.append(" | ");
                }
                pendingSpace = false;
            }
            case "pre" -> {
                flush();
                preDepth++;
            }
            default -> {
                if (Tags.isBlock(tag)) {
                    flush();
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) {
                preDepth--;
                flush();
            } else if (Tags.isBlock(tag) && !tag.equals("td") && !tag.equals("th")) {
                flush();
            }
        }
    }

    private void text(String s) {
        if (preDepth > 0) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    lineBreak();
                } else if (c != '\r') {
                    line.append(c == '\u00a0' ? ' ' : c);
                }
            }
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
                pendingSpace = !line.isEmpty() && line.charAt(line.length() - 1) != '\n';
            } else {
                if (pendingSpace) {
                    line.append(' ');
                    pendingSpace = false;
                }
                line.append(c);
            }
        }
    }

    private void lineBreak() {
        trimLineEnd();
        if (line.isEmpty()) {
            return;
        }
        if (line.charAt(line.length() - 1) == '\n') {
            // A second break in a row ends the paragraph.
            flush();
            return;
        }
        line.append('\n');
        pendingSpace = false;
    }

    private void trimLineEnd() {
        int n = line.length();
        while (n > 0 && line.charAt(n - 1) == ' ') {
            n--;
        }
        line.setLength(n);
    }

    private void flush() {
        int n = line.length();
        while (n > 0 && Character.isWhitespace(line.charAt(n - 1))) {
            n--;
        }
        line.setLength(n);
        if (n > 0) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(line);
        }
        line.setLength(0);
        pendingSpace = false;
    }
}
