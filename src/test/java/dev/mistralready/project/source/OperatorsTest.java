package dev.mistralready.project.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatorsTest {

    private final Operators operators = new Operators(">>>=", "===", "=>", "==", ">>", "?.");

    @Test
    void listsTheOperatorsACharacterStartsLongestFirst() {
        assertThat(operators.startingWith('=')).containsExactly("===", "=>", "==");
        assertThat(operators.startingWith('>')).containsExactly(">>>=", ">>");
        assertThat(operators.startingWith('?')).containsExactly("?.");
    }

    @Test
    void aCharacterThatStartsNoOperatorIsItsOwnToken() {
        assertThat(operators.startingWith('(')).isEmpty();
        assertThat(operators.startingWith('é')).isEmpty();
        assertThat(Operators.single('(')).isEqualTo("(");
        assertThat(Operators.single('→')).isEqualTo("→");
    }

    @Test
    void lexesTheLongestOperatorAtTheCursor() {
        assertThat(JavaScriptLexer.tokenize("a >>>= b ?. c => d === e"))
                .filteredOn(token -> token.kind() == TokenKind.PUNCTUATION)
                .extracting(Token::text)
                .containsExactly(">>>=", "?.", "=>", "===");
    }

    @Test
    void refusesAnOperatorOfOneCharacter() {
        assertThatThrownBy(() -> new Operators("+")).isInstanceOf(IllegalArgumentException.class);
    }
}
