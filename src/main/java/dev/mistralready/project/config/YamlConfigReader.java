package dev.mistralready.project.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a YAML configuration file ({@code application.yml}) into flat {@link ConfigEntry}s, every
 * document of a multi-document file in turn, with positions from the YAML parser itself (as the
 * checklist's own reader does), never from searching the text. Nested keys are joined with dots
 * ({@code spring: ai: mistralai:} and {@code spring.ai.mistralai:} give the same key), list items
 * get {@code [i]}. A file that stops parsing keeps the entries read before the error.
 */
public final class YamlConfigReader {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final String text;
    private final List<String> lines;
    private final List<ConfigEntry> entries = new ArrayList<>();
    private int document;

    private YamlConfigReader(String text) {
        this.text = text;
        this.lines = text.lines().toList();
    }

    /** The entries, and whether the whole file parsed. */
    public record Result(List<ConfigEntry> entries, boolean complete) {
        public Result {
            entries = List.copyOf(entries);
        }
    }

    public static Result read(String text) {
        YamlConfigReader reader = new YamlConfigReader(text);
        boolean complete = reader.readAll();
        return new Result(reader.entries, complete);
    }

    private boolean readAll() {
        try (JsonParser parser = YAML.createParser(text)) {
            while (parser.nextToken() != null) {
                readValue(parser, "", 0, 0);
                document++;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // a syntax error: what was read before it stays
        }
    }

    private void readValue(JsonParser parser, String key, int keyLine, int keyColumn) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation at = parser.currentTokenLocation();
                    parser.nextToken();
                    readValue(parser, key.isEmpty() ? name : key + "." + name, line(at), column(at));
                }
            }
            case START_ARRAY -> {
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonLocation at = parser.currentTokenLocation();
                    readValue(parser, key + "[" + index++ + "]", line(at), column(at));
                }
            }
            default -> {
                JsonLocation at = parser.currentTokenLocation();
                int line = line(at);
                int column = column(at);
                if (token == JsonToken.VALUE_STRING && isQuote(line, column)) {
                    column++;
                }
                boolean isNull = token == JsonToken.VALUE_NULL;
                entries.add(new ConfigEntry(key, isNull ? "" : parser.getText(), isNull, document,
                        keyLine, keyColumn, line, column));
            }
        }
    }

    private boolean isQuote(int line, int column) {
        if (line < 1 || line > lines.size()) {
            return false;
        }
        String source = lines.get(line - 1);
        return column >= 1 && column <= source.length() && (source.charAt(column - 1) == '"' || source.charAt(column - 1) == '\'');
    }

    private static int line(JsonLocation location) {
        return Math.max(1, location.getLineNr());
    }

    private static int column(JsonLocation location) {
        return Math.max(1, location.getColumnNr());
    }
}
