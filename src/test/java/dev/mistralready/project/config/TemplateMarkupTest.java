package dev.mistralready.project.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateMarkupTest {

    @Test
    void findsAnActionOnALineOfItsOwn() {
        assertThat(TemplateMarkup.outsideQuotedValues("{{- if .Values.enabled }}\napiVersion: v1\n{{- end }}\n")).isTrue();
    }

    @Test
    void findsAnUnquotedValueAction() {
        assertThat(TemplateMarkup.outsideQuotedValues("metadata:\n  name: {{ include \"x.fullname\" . }}\n")).isTrue();
    }

    @Test
    void findsAnActionAfterAnApostropheInsideAPlainValue() {
        assertThat(TemplateMarkup.outsideQuotedValues("note: it's {{ .Values.note }}\n")).isTrue();
    }

    @Test
    void passesOverActionsInDoubleAndSingleQuotedValues() {
        assertThat(TemplateMarkup.outsideQuotedValues("""
                summary: "{{ $labels.instance }} is down"
                description: 'it''s {{ $value }} over'
                items: ["{{ a }}", '{{ b }}']
                """)).isFalse();
    }

    @Test
    void passesOverActionsInCommentsAndBlockScalars() {
        assertThat(TemplateMarkup.outsideQuotedValues("""
                # render with {{ .Values.x }}
                annotations:
                  description: |-
                    {{ $labels.job }} has been down
                    for {{ $value }}
                  runbook: x
                """)).isFalse();
    }

    @Test
    void seesAnActionAgainOnceTheBlockScalarEnds() {
        assertThat(TemplateMarkup.outsideQuotedValues("a: |\n  {{ x }}\nb: {{ y }}\n")).isTrue();
    }

    @Test
    void followsADoubleQuotedValueOverLines() {
        assertThat(TemplateMarkup.outsideQuotedValues("a: \"first\n  {{ x }} second\"\nb: c\n")).isFalse();
    }
}
