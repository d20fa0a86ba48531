package dev.tidings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.fetch.Utf8;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    @Test
    void byteOrderMarkWinsOverMetaAndIsStripped() {
        String text = HtmlDecoder.decode(Fixtures.bytes("charset-bom-utf-8.html"), null);
        assertThat(text).startsWith("<html>").contains("Åland ferries – 日本語");
    }

    @Test
    void headerCharsetIsUsedWhenThePageDeclaresNothing() {
        String text = HtmlDecoder.decode(
                Fixtures.bytes("charset-header-windows-1251.html"), "text/html; charset=\"windows-1251\"");
        assertThat(text).contains("Паром вышел в море.");
    }

    @Test
    void metaCharsetIsUsedWithoutHeader() {
        String text = HtmlDecoder.decode(Fixtures.bytes("charset-meta-windows-1252.html"), "text/html");
        assertThat(text).contains("crème brûlée – “the best in town”", "€4");
    }

    @Test
    void undeclaredLegacyBytesFallBackToWindows1252() {
        String text = HtmlDecoder.decode(Fixtures.bytes("charset-none-windows-1252.html"), null);
        assertThat(text).contains("Naïve café prices: €4 for crème brûlée.");
    }

    @Test
    void undeclaredValidUtf8IsReadAsUtf8() {
        String text = HtmlDecoder.decode(Fixtures.bytes("charset-none-utf-8.html"), null);
        assertThat(text).contains("Naïve café prices: €4 for crème brûlée.");
    }

    @Test
    void unknownCharsetNamesAreSkippedWithoutThrowing() {
        byte[] body = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(body, "text/html; charset=x-no-such-charset"))
                .isEqualTo("<p>café</p>");
        assertThat(HtmlDecoder.decode(body, "text/html; charset=\"\"")).isEqualTo("<p>café</p>");
        byte[] badMeta = "<meta charset=\"bogus!!\"><p>ok</p>".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlDecoder.decode(badMeta, null)).contains("<p>ok</p>");
    }

    @Test
    void staleMetaLosesToBytesThatAreClearlyUtf8() {
        byte[] body = "<meta charset=\"iso-8859-1\"><p>Zürich</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(body, null)).contains("Zürich");
    }

    @Test
    void latin1LabelsAreReadAsWindows1252() {
        byte[] body = {'<', 'p', '>', (byte) 0x93, 'x', (byte) 0x94, '<', '/', 'p', '>'};
        assertThat(HtmlDecoder.decode(body, "text/html; charset=ISO-8859-1")).isEqualTo("<p>“x”</p>");
    }

    @Test
    void emptyAndMissingBodiesGiveEmptyText() {
        assertThat(HtmlDecoder.decode(new byte[0], null)).isEmpty();
        assertThat(HtmlDecoder.decode(null, null)).isEmpty();
    }

    @Test
    void utf8ValidatorRejectsOverlongsAndSurrogates() {
        assertThat(Utf8.of(new byte[] {(byte) 0xC0, (byte) 0x80})).isEqualTo(Utf8.Kind.INVALID);
        assertThat(Utf8.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo(Utf8.Kind.INVALID);
        assertThat(Utf8.of("ok €".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8.Kind.MULTIBYTE);
        assertThat(Utf8.of("plain".getBytes(StandardCharsets.UTF_8))).isEqualTo(Utf8.Kind.ASCII);
        assertThat(Utf8.of(new byte[] {'a', (byte) 0xE2, (byte) 0x82}))
                .as("a body cut inside a character")
                .isEqualTo(Utf8.Kind.MULTIBYTE);
    }
}
