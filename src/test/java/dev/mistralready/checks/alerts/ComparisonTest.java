package dev.mistralready.checks.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the {@code > N} of real expressions, in the checklist's unit. */
class ComparisonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        sum(rate(x_total{status=~"5.."}[5m])) > 10/60                                   | 60   | 10
        sum(rate(x_total[5m])) * 60 > 10                                                | 60   | 10
        sum(increase(x_total[5m])) > 50                                                 | 60   | 10
        sum(increase(x_total[1m])) > 10                                                 | 60   | 10
        sum(rate(cost_total[15m])) * 3600 > 10                                          | 3600 | 10
        sum(increase(cost_total[1h])) > 10                                              | 3600 | 10
        sum(rate(x_total[5m])) > 10                                                     | 60   | 600
        sum(rate(x_total{code="429"}[3m])) > 5 and sum(rate(x_total[3m])) > 0           | 60   | 300
        """)
    void convertsTheThresholdToTheChecklistsWindow(String expr, long perSeconds, double expected) {
        Comparison comparison = Comparison.of(expr).orElseThrow();

        assertThat(comparison.per(perSeconds, PromQl.perSeconds(comparison.left()).orElseThrow()))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        sum(rate(e_total{code=~"5.."}[3m])) / sum(rate(t_total[3m])) * 100 > 5 and sum(rate(t_total[3m])) > 0 | true
        sum(rate(e_total{code=~"5.."}[3m])) * 60 > 5                                                          | false
        """)
    void tellsARatioFromACount(String expr, boolean ratio) {
        assertThat(Comparison.of(expr).orElseThrow().ratio()).isEqualTo(ratio);
    }
}
