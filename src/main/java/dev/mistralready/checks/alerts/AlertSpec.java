package dev.mistralready.checks.alerts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a team changes about one required alert in the gate's {@code alerts:} option; every field left
 * out keeps the default of {@link RequiredAlert}.
 *
 * @param match     regexes that must all be found in an alerting rule's {@code expr} (case-insensitive)
 * @param holdFor   the {@code for:} the rule must have ({@code none}: none required)
 * @param threshold the loosest {@code > N} the rule may compare against, in the checklist's unit (per minute for
 *                  api-down and rate-limited, per hour for cost-spike, milliseconds for high-latency)
 * @param skip      this project does not need the alert
 */
public record AlertSpec(List<String> match, Optional<Duration> holdFor, Optional<Double> threshold, boolean skip) {

    public AlertSpec {
        match = match == null ? List.of() : List.copyOf(match);
        holdFor = holdFor == null ? Optional.empty() : holdFor;
        threshold = threshold == null ? Optional.empty() : threshold;
        for (String regex : match) {
            compile(regex);
        }
    }

    static Pattern compile(String regex) {
        if (regex == null || regex.isBlank()) {
            throw new IllegalArgumentException("`match` must list regexes, not an empty one");
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("`match` regex `" + regex + "` is not valid: " + e.getDescription());
        }
    }

    @JsonCreator
    static AlertSpec bind(@JsonProperty("match") List<String> match,
                          @JsonProperty("for") String holdFor,
                          @JsonProperty("threshold") Double threshold,
                          @JsonProperty("skip") Boolean skip) {
        Optional<Duration> duration = holdFor == null ? Optional.empty()
                : holdFor.trim().equals("none") || holdFor.trim().equals("0") ? Optional.of(Duration.ZERO)
                : Optional.of(DurationText.parse(holdFor));
        return new AlertSpec(match, duration, Optional.ofNullable(threshold), skip != null && skip);
    }
}
