package dev.mistralready.checks.alerts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTTP outcome an alert is about (5xx, 429, 401), and whether an expression selects it. Only a
 * positive matcher on a status label counts: {@code status!="429"} excludes 429, a comment that names
 * it selects nothing, and {@code status=~"4.."} is every client error, not 429.
 *
 * @param codes   codes one of which the matcher must select: {@code 500}, {@code 502}, {@code 503}, {@code 504}
 * @param named   values that name the class instead of a code: {@code SERVER_ERROR}, {@code AuthenticationError}
 * @param example the code for messages: {@code 5xx}
 */
record StatusClass(List<String> codes, Pattern named, String example) {

    /**
     * Status labels of the presets: Micrometer {@code status}/{@code outcome}, OTel HTTP
     * {@code http_response_status_code}, OTel GenAI {@code error_type}, LiteLLM {@code exception_status}.
     */
    static final Set<String> LABELS = Set.of("status", "code", "status_code", "http_status", "http_status_code",
            "http_response_status_code", "response_code", "return_code", "outcome", "error_type", "exception_status",
            "exception_class");

    static final StatusClass SERVER_ERROR = new StatusClass(List.of("500", "502", "503", "504"), Pattern.compile("(?i)server_?error|5xx"), "5xx");
    static final StatusClass RATE_LIMITED = new StatusClass(List.of("429"),
            Pattern.compile("(?i).*(rate_?limit|too_?many_?requests).*"), "429");
    static final StatusClass UNAUTHORIZED = new StatusClass(List.of("401"),
            Pattern.compile("(?i).*(unauthori[sz]ed|authentication_?error).*"), "401");

    /** A matcher that selects this class and not success (200) or not found (404). */
    boolean selectedBy(PromQl.LabelMatcher matcher) {
        if (!matcher.positive() || !LABELS.contains(matcher.label())) {
            return false;
        }
        if (named.matcher(matcher.value()).matches()) {
            return true;
        }
        return codes.stream().anyMatch(matcher::selects) && !matcher.selects("200") && !matcher.selects("404");
    }

    boolean selectedByAny(List<PromQl.LabelMatcher> matchers) {
        return matchers.stream().anyMatch(this::selectedBy);
    }

    /** A matcher on a status label that leaves the class out: {@code status!="429"}. */
    boolean excludedBy(List<PromQl.LabelMatcher> matchers) {
        return matchers.stream().anyMatch(this::excludes);
    }

    boolean excludes(PromQl.LabelMatcher matcher) {
        return !matcher.positive() && LABELS.contains(matcher.label()) && codes.stream().noneMatch(matcher::selects);
    }
}
