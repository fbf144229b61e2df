package dev.mistralready.project.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaScriptLexerTest {

    private static List<Token> lex(String source) {
        return JavaScriptLexer.tokenize(source);
    }

    @Test
    void dropsLineAndBlockCommentsSoTheirTextIsNoToken() {
        List<Token> tokens = lex("// model: \"mistral-large-latest\"\n/* \"mistral-tiny\" */ x = 1;");

        assertThat(tokens).extracting(Token::text).containsExactly("x", "=", "1", ";");
    }

    @Test
    void decodesStringEscapesAndKeepsLineAndColumn() {
        List<Token> tokens = lex("a = 'it\\'s';\n  b = \"tab\\there \\u0041\\x42\\u{43}\";");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.STRING)
                .extracting(Token::value, Token::line, Token::column)
                .containsExactly(tuple("it's", 1, 5), tuple("tab\there ABC", 2, 7));
    }

    @Test
    void aSlashInsideAStringOrCommentDoesNotStartARegex() {
        List<Token> tokens = lex("const url = \"https://api.mistral.ai/v1\"; // a/b\nconst n = 4 / 2;");

        assertThat(tokens).extracting(Token::kind).doesNotContain(TokenKind.REGEX);
        assertThat(tokens).extracting(Token::text).contains("/");
    }

    @Test
    void readsRegexLiteralsWhereAValueMayStart() {
        List<Token> tokens = lex("const re = /\"[a-z]\\/\"]/g; if (re.test(x)) return /}/;");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.REGEX)
                .extracting(Token::text).containsExactly("/\"[a-z]\\/\"]/g", "/}/");
        assertThat(tokens).extracting(Token::kind).doesNotContain(TokenKind.STRING);
    }

    @Test
    void divisionAfterAValueIsNotARegex() {
        List<Token> tokens = lex("half = total / 2 / count; ratio = (a) / b;");

        assertThat(tokens).extracting(Token::kind).doesNotContain(TokenKind.REGEX);
    }

    @Test
    void keepsTemplateSubstitutionsInsideTheTemplateToken() {
        List<Token> tokens = lex("f(`mistral-${size}-latest`, `a ${g(`b ${c}`, {d: 1})} e`, 2)");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("f", "(", "`mistral-${size}-latest`", ",", "`a ${g(`b ${c}`, {d: 1})} e`", ",", "2", ")");
        TemplateLiteral first = tokens.get(2).template().orElseThrow();
        assertThat(first.texts()).containsExactly("mistral-", "-latest");
        assertThat(first.substitutions()).hasSize(1);
        assertThat(first.substitutions().get(0)).extracting(Token::text).containsExactly("size");
        TemplateLiteral nested = tokens.get(4).template().orElseThrow();
        assertThat(nested.substitutions().get(0)).extracting(Token::text)
                .containsExactly("g", "(", "`b ${c}`", ",", "{", "d", ":", "1", "}", ")");
    }

    @Test
    void aTemplateWithoutSubstitutionsIsConstantText() {
        Token template = lex("`mistral-small-2603`").get(0);

        assertThat(template.kind()).isEqualTo(TokenKind.TEMPLATE);
        assertThat(template.isConstantText()).isTrue();
        assertThat(template.value()).isEqualTo("mistral-small-2603");
    }

    @Test
    void readsMultiCharacterOperatorsAndNumbers() {
        List<Token> tokens = lex("x = {...a, b: -0.5e-3} ?? y?.z => 1_000");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("x", "=", "{", "...", "a", ",", "b", ":", "-", "0.5e-3", "}", "??", "y", "?.", "z", "=>",
                        "1_000");
    }

    @Test
    void anUnterminatedStringEndsAtTheLineAndLexingGoesOn() {
        List<Token> tokens = lex("a = \"open\nb = 2");

        assertThat(tokens).extracting(Token::text).containsExactly("a", "=", "\"open", "b", "=", "2");
        assertThat(tokens.get(3).line()).isEqualTo(2);
    }

    @Test
    void skipsAHashbangLine() {
        assertThat(lex("#!/usr/bin/env node\nrun()")).extracting(Token::text).containsExactly("run", "(", ")");
    }
}
