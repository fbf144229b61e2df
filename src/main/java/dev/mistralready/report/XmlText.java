package dev.mistralready.report;

/**
 * Makes any string safe to put in an XML 1.0 document as text or as an attribute value: strips
 * ANSI escape sequences, then drops every character XML 1.0 forbids (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF). Escaping cannot rescue these:
 * {@code &#27;} is just as illegal as a raw ESC, and one such character makes CI reject the whole file.
 * Markup characters ({@code < & > "}) are left for the XML writer to escape.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        String plain = AnsiEscapes.strip(text);
        StringBuilder out = new StringBuilder(plain.length());
        // codePoints() pairs valid surrogates into one supplementary code point and yields a lone
        // surrogate as itself (U+D800..U+DFFF), which allowed() then rejects.
        plain.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** XML 1.0 {@code Char}: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
