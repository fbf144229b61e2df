package dev.mistralready.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Check;
import org.junit.jupiter.api.Test;

/** Conventions every built-in gate type keeps, so `list` and option errors show what users write. */
class InstalledChecksTest {

    @Test
    void everyOptionIsNamedAsWrittenInChecklistYaml() {
        for (Check<?> check : CheckRegistry.installed().all()) {
            assertThat(OptionsShape.names(check.optionsType()))
                    .as("options of %s", check.type())
                    .isNotEmpty()
                    .allMatch(name -> name.matches("[a-z][a-z0-9-]*"), "lower-case kebab-case");
        }
    }

    @Test
    void everyOptionIsDescribed() {
        for (Check<?> check : CheckRegistry.installed().all()) {
            assertThat(OptionsShape.of(check.optionsType()))
                    .as("options of %s", check.type())
                    .allMatch(option -> !option.description().isBlank(), "has an @OptionDoc description");
        }
    }
}
