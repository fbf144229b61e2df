package dev.mistralready.checks.app;

import dev.mistralready.checks.secrets.Keys;
import dev.mistralready.http.Encodings;
import dev.mistralready.http.HeaderEnvironment;
import dev.mistralready.http.HeaderTemplates;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A token with a {@code /} (so the JSON {@code \/} escape is tried), sent as {@code Bearer <token>},
 * and the forms in which an app may echo the token and the header's value.
 */
final class AppEchoes {

    static final String TOKEN = new Keys(52).random(Keys.ALNUM, 20) + "/" + new Keys(53).random(Keys.ALNUM, 12);
    static final String HEADER = "Bearer " + TOKEN;
    static final HeaderTemplates AUTHORIZATION = HeaderTemplates.of(Map.of("Authorization", "Bearer ${APP_TOKEN}"));
    static final HeaderEnvironment DECLARED = HeaderEnvironment.of("APP_TOKEN");
    static final Map<String, String> ENVIRONMENT = Map.of("APP_TOKEN", TOKEN);

    private AppEchoes() {
    }

    /** Each form's name, the token in that form, and the header's value in that form. */
    static Stream<Arguments> echoes() {
        Map<String, String> header = Encodings.echoesOf(HEADER);
        return Encodings.echoesOf(TOKEN).entrySet().stream()
                .map(echo -> Arguments.of(echo.getKey(), echo.getValue(), header.get(echo.getKey())));
    }
}
