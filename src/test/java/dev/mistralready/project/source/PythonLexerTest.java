package dev.mistralready.project.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonLexerTest {

    private static List<Token> lex(String source) {
        return PythonLexer.tokenize(source);
    }

    private static List<String> texts(String source) {
        return lex(source).stream().map(token -> token.kind() == TokenKind.NEWLINE ? "NL" : token.text()).toList();
    }

    @Test
    void dropsCommentsButKeepsDocstringsAsStandaloneStrings() {
        List<Token> tokens = lex("def f():\n    \"\"\"Uses mistral-large-latest.\n    \"\"\"  # model=\"x\"\n    pass\n");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.STRING)
                .extracting(Token::value, Token::line).containsExactly(tuple("Uses mistral-large-latest.\n    ", 2));
        assertThat(tokens).extracting(Token::text).doesNotContain("model");
    }

    @Test
    void readsPrefixedStrings() {
        List<Token> tokens = lex("a = r'\\d+'\nb = b\"bytes\\n\"\nc = u'x'\nd = Rb'\\x'\n");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.STRING)
                .extracting(Token::value).containsExactly("\\d+", "bytes\n", "x", "\\x");
    }

    @Test
    void readsTripleQuotedStringsAcrossLinesWithQuotesInside() {
        List<Token> tokens = lex("x = '''it's \"fine\"\nstill'''\ny = 1\n");

        assertThat(tokens.get(2).value()).isEqualTo("it's \"fine\"\nstill");
        assertThat(tokens).extracting(Token::text, Token::line).contains(tuple("y", 3));
    }

    @Test
    void readsFStringsAsTemplatesWithTheirSubstitutions() {
        Token template = lex("f\"mistral-{size}-latest {{not}} {d['k']:>{w}}\"").get(0);

        assertThat(template.kind()).isEqualTo(TokenKind.TEMPLATE);
        TemplateLiteral parts = template.template().orElseThrow();
        assertThat(parts.texts()).containsExactly("mistral-", "-latest {not} ", "");
        assertThat(parts.substitutions().get(0)).extracting(Token::text).containsExactly("size");
        assertThat(parts.substitutions().get(1)).extracting(Token::text)
                .containsExactly("d", "[", "'k'", "]", ":", ">", "{", "w", "}");
    }

    @Test
    void endsLogicalLinesOutsideBracketsOnly() {
        assertThat(texts("x = f(\n  a,\n  b)\ny = 1 + \\\n  2\n"))
                .containsExactly("x", "=", "f", "(", "a", ",", "b", ")", "NL", "y", "=", "1", "+", "2", "NL");
    }

    @Test
    void readsKeywordArgumentsAndDoubleStar() {
        assertThat(texts("c(model=\"m\", **opts)"))
                .containsExactly("c", "(", "model", "=", "\"m\"", ",", "**", "opts", ")", "NL");
    }
}
