package dev.mistralready.report;

import dev.mistralready.check.Status;
import org.fusesource.jansi.Ansi;

/** Colours for the console report; {@link #PLAIN} when output is not a terminal or colour is off. */
public interface Palette {

    Palette PLAIN = new Palette() {
        @Override
        public String status(Status status, String text) {
            return text;
        }

        @Override
        public String dim(String text) {
            return text;
        }

        @Override
        public String bold(String text) {
            return text;
        }
    };

    Palette ANSI = new Palette() {
        @Override
        public String status(Status status, String text) {
            Ansi.Color colour = switch (status) {
                case PASS -> Ansi.Color.GREEN;
                case WARN -> Ansi.Color.YELLOW;
                case FAIL, ERROR -> Ansi.Color.RED;
                case SKIP -> Ansi.Color.CYAN;
            };
            return Ansi.ansi().bold().fg(colour).a(text).reset().toString();
        }

        @Override
        public String dim(String text) {
            return Ansi.ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(text).reset().toString();
        }

        @Override
        public String bold(String text) {
            return Ansi.ansi().bold().a(text).reset().toString();
        }
    };

    String status(Status status, String text);

    String dim(String text);

    String bold(String text);
}
