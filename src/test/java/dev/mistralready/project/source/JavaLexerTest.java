package dev.mistralready.project.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaLexerTest {

    private static List<Token> lex(String source) {
        return JavaLexer.tokenize(source);
    }

    @Test
    void dropsLineBlockAndJavadocCommentsSoTheirTextIsNoToken() {
        List<Token> tokens = lex("""
                /** Uses {@code "mistral-large-latest"}. */
                // .modelName("mistral-tiny")
                int x = /* "open-mistral-7b" */ 1;
                """);

        assertThat(tokens).extracting(Token::text).containsExactly("int", "x", "=", "1", ";");
    }

    @Test
    void aCommentMarkerInsideAStringIsText() {
        List<Token> tokens = lex("String url = \"https://api.mistral.ai/v1\"; /* a */ String b = \"/* not a comment */\";");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.STRING).extracting(Token::value)
                .containsExactly("https://api.mistral.ai/v1", "/* not a comment */");
    }

    @Test
    void decodesStringEscapesAndKeepsLineAndColumn() {
        List<Token> tokens = lex("a = \"it\\\"s\";\n  b = \"tab\\there\\s\\u0041\\101\";");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.STRING)
                .extracting(Token::value, Token::line, Token::column)
                .containsExactly(tuple("it\"s", 1, 5), tuple("tab\there AA", 2, 7));
    }

    @Test
    void readsCharacterLiteralsAsShortStrings() {
        List<Token> tokens = lex("char q = '\"'; char s = '\\''; String t = \"x\";");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.STRING).extracting(Token::value)
                .containsExactly("\"", "'", "x");
    }

    @Test
    void readsATextBlockAsOneStringWithIncidentalIndentationStripped() {
        String source = "String prompt = \"\"\"\n"
                + "        Answer in \"French\".\n"
                + "          // not a comment\n"
                + "        \"\"\";\nint after = 2;";

        List<Token> tokens = lex(source);

        assertThat(tokens).extracting(Token::text).containsExactly("String", "prompt", "=", tokens.get(3).text(), ";",
                "int", "after", "=", "2", ";");
        assertThat(tokens.get(3).kind()).isEqualTo(TokenKind.STRING);
        assertThat(tokens.get(3).value()).isEqualTo("Answer in \"French\".\n  // not a comment\n");
        assertThat(tokens.get(3).line()).isEqualTo(1);
        assertThat(tokens.get(6).line()).isEqualTo(5);
    }

    @Test
    void numbersKeepTheirTextAndGiveTheirValueWithoutSuffixOrUnderscores() {
        List<Token> tokens = lex("f(1_024L, 0.3f, 0.7d, 2e-1, 0x1F)");

        assertThat(tokens).filteredOn(token -> token.kind() == TokenKind.NUMBER)
                .extracting(Token::text, Token::value)
                .containsExactly(tuple("1_024L", "1024"), tuple("0.3f", "0.3"), tuple("0.7d", "0.7"),
                        tuple("2e-1", "2e-1"), tuple("0x1F", "0x1F"));
    }

    @Test
    void readsAnnotationsMethodReferencesAndLambdasAsPunctuationAndNames() {
        List<Token> tokens = lex("@Bean ChatModel m(@Value(\"${x:y}\") String s) { return list.stream().map(Foo::bar).filter(v -> v >= 1); }");

        assertThat(tokens).extracting(Token::text).containsSubsequence("@", "Bean", "ChatModel", "m", "(", "@", "Value",
                "(", "\"${x:y}\"", ")", "String", "s", ")", "{", "::", "->", ">=");
    }

    @Test
    void leavesGenericClosersAsSingleAngleBrackets() {
        List<Token> tokens = lex("Map<String, List<String>> m;");

        assertThat(tokens).extracting(Token::text)
                .containsExactly("Map", "<", "String", ",", "List", "<", "String", ">", ">", "m", ";");
    }

    @Test
    void matchesNestedBracketsAcrossABuilderChain() {
        SourceTokens source = SourceTokens.java("""
                var m = MistralAiChatModel.builder()
                        .apiKey(System.getenv("MISTRAL_API_KEY"))
                        .modelName(names.get(List.of(1, 2)[0]))
                        .build();
                """);

        int open = source.tokens().indexOf(source.tokens().stream().filter(t -> t.isIdentifier("modelName")).findFirst()
                .orElseThrow()) + 1;
        assertThat(source.get(source.closing(open).orElseThrow()).line()).isEqualTo(3);
        assertThat(source.arguments(open)).hasSize(1);
    }

    @Test
    void anUnterminatedStringEndsAtTheLineAndAnUnterminatedCommentAtTheFile() {
        assertThat(lex("a = \"open\nb = 1;")).extracting(Token::text).containsExactly("a", "=", "\"open", "b", "=", "1", ";");
        assertThat(lex("a = 1; /* never closed \"x\"")).extracting(Token::text).containsExactly("a", "=", "1", ";");
    }
}
