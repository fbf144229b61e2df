package dev.mistralready.project.source;

import java.util.List;

/**
 * The parts of a template literal ({@code `a${x}b`}) or f-string ({@code f"a{x}b"}): the literal
 * texts, one more than the substitutions, and the tokens of each substitution. The substitutions'
 * tokens are kept here, not in the file's token list, so a comma inside {@code ${...}} never splits
 * the argument list the template sits in.
 */
public record TemplateLiteral(List<String> texts, List<List<Token>> substitutions) {

    public TemplateLiteral {
        texts = List.copyOf(texts);
        substitutions = substitutions.stream().map(List::copyOf).toList();
        if (texts.size() != substitutions.size() + 1) {
            throw new IllegalArgumentException("a template has one more text than substitutions");
        }
    }
}
