package dev.mistralready.checks.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Jupyter notebook ({@code .ipynb}) says, as the text a person reads rather than the JSON it
 * is stored as. In the JSON a cell's code is escaped ({@code api_key = \"…\"}) and split into one
 * string per line, which defeats the statement and assignment logic of the rules; and outputs hold
 * images as base64, which is not text at all. So a notebook becomes:
 *
 * <ul>
 *   <li>one {@link Piece} per cell source (its strings decoded and joined) and per text output
 *       (stream {@code text}, {@code text/*} and JSON or JavaScript data, an error's traceback), each
 *       byte of which knows the byte of the file it was decoded from;</li>
 *   <li>the {@link Parsed#rest rest} of the file, the same bytes with those strings and the binary
 *       ones (image, audio, video, PDF outputs, cell attachments) blanked out, so that the notebook's
 *       and cells' metadata are still scanned as they are written.</li>
 * </ul>
 *
 * <p>Both notebook formats are read: 4 ({@code cells[].source}) and 3
 * ({@code worksheets[].cells[].input}). Cells are numbered from 1 in file order, markdown cells
 * included. A file that is not a JSON object is not a notebook: {@link #parse} is then empty and the
 * caller scans the bytes as they are.
 */
final class NotebookText {

    /** Decoded text of one cell's source or output; {@code origin[i]} is the file offset of {@code text[i]}. */
    record Piece(String place, byte[] text, int[] origin) {
    }

    /** The file with the pieces' strings and binary outputs blanked, and the pieces. */
    record Parsed(byte[] rest, List<Piece> pieces) {
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python's json writes NaN
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private final byte[] raw;
    private final byte[] rest;
    private final List<Piece> pieces = new ArrayList<>();
    private final JsonParser parser;
    private int cell;

    private NotebookText(byte[] raw, JsonParser parser) {
        this.raw = raw;
        this.rest = raw.clone();
        this.parser = parser;
    }

    /** The notebook's pieces, or empty when {@code raw} is not a JSON object (so not a notebook to read as one). */
    static Optional<Parsed> parse(byte[] raw) {
        try (JsonParser parser = JSON.createParser(raw)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            NotebookText notebook = new NotebookText(raw, parser);
            notebook.top();
            if (parser.nextToken() != null) {
                return Optional.empty(); // something after the object: not JSON
            }
            return Optional.of(new Parsed(notebook.rest, List.copyOf(notebook.pieces)));
        } catch (IOException | RuntimeException e) { // not JSON, or JSON this reader cannot follow: read as bytes
            return Optional.empty();
        }
    }

    private void top() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("cells") && value == JsonToken.START_ARRAY) {
                cells();
            } else if (name.equals("worksheets") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        boolean cells = parser.currentName().equals("cells");
                        if (parser.nextToken() == JsonToken.START_ARRAY && cells) {
                            cells();
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
                skipRestOfArray();
            } else {
                parser.skipChildren();
            }
        }
    }

    /** The cells of an array whose START_ARRAY is the current token. */
    private void cells() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            cell++;
            String place = "cell " + cell;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "source", "input" -> text(value, place, false);
                    case "outputs" -> outputs(value, place + " output");
                    case "attachments" -> blank(); // images pasted into markdown, as base64
                    default -> parser.skipChildren();
                }
            }
        }
    }

    private void outputs(JsonToken value, String place) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken field = parser.nextToken();
                if (name.equals("data") && field == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        mimeValue(parser.currentName(), parser.nextToken(), place);
                    }
                } else if (name.equals("traceback")) {
                    text(field, place, true);
                } else if (name.equals("text")) {
                    text(field, place, false);
                } else {
                    mimeValue(name, field, place); // format 3 keeps its MIME data (png, html, …) on the output itself
                }
            }
        }
    }

    private void mimeValue(String name, JsonToken value, String place) throws IOException {
        String type = name.toLowerCase(Locale.ROOT);
        if (isBinary(type)) {
            blank();
        } else if (isText(type) && (value == JsonToken.VALUE_STRING || value == JsonToken.START_ARRAY)) {
            text(value, place, false);
        } else {
            parser.skipChildren(); // metadata, execution counts, widget state: scanned as written
        }
    }

    /** Images, sound, video, PDF: base64 in the JSON, never scanned as text. */
    static boolean isBinary(String type) {
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/") || type.startsWith("font/")
                || type.equals("application/pdf") || type.equals("application/octet-stream")
                || type.equals("png") || type.equals("jpeg") || type.equals("jpg") || type.equals("gif") || type.equals("svg")
                || type.equals("pdf");
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/javascript")
                || type.endsWith("+json") || type.endsWith("+xml") || type.equals("html") || type.equals("latex")
                || type.equals("markdown") || type.equals("javascript") || type.equals("json");
    }

    /**
     * A string, or an array of strings, as one piece: the strings joined as they are (a source's lines
     * end in {@code \n}), or with a line break between them (a traceback's lines do not).
     */
    private void text(JsonToken value, String place, boolean linesApart) throws IOException {
        Builder piece = new Builder();
        if (value == JsonToken.VALUE_STRING) {
            decode(offset(), piece);
        } else if (value == JsonToken.START_ARRAY) {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.VALUE_STRING) {
                    if (linesApart && piece.length > 0) {
                        piece.add((byte) '\n', piece.origin[piece.length - 1]);
                    }
                    decode(offset(), piece);
                } else {
                    parser.skipChildren();
                }
            }
        } else {
            parser.skipChildren();
            return;
        }
        if (piece.length > 0) {
            pieces.add(new Piece(place, Arrays.copyOf(piece.text, piece.length), Arrays.copyOf(piece.origin, piece.length)));
        }
    }

    /** Blanks every string in the value that is the current token. */
    private void blank() throws IOException {
        JsonToken token = parser.currentToken();
        int depth = 0;
        do {
            if (token == JsonToken.VALUE_STRING) {
                decode(offset(), null);
            } else if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                depth++;
            } else if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                depth--;
            }
        } while (depth > 0 && (token = parser.nextToken()) != null);
    }

    private int offset() {
        long offset = parser.currentTokenLocation().getByteOffset();
        if (offset < 0 || offset >= raw.length || raw[(int) offset] != '"') {
            throw new IllegalStateException("no string at " + offset);
        }
        return (int) offset;
    }

    private void skipRestOfArray() throws IOException {
        JsonToken token = parser.currentToken();
        while (token != null && token != JsonToken.END_ARRAY) {
            parser.skipChildren();
            token = parser.nextToken();
        }
    }

    /**
     * Decodes the JSON string whose opening quote is at {@code quote} into {@code decoded} (or only
     * passes over it, when that is null), and blanks it in {@link #rest} (line breaks cannot occur
     * inside a JSON string, so every line keeps its number).
     */
    private void decode(int quote, Builder decoded) {
        int i = quote + 1;
        while (i < raw.length && raw[i] != '"') {
            int from = i;
            if (raw[i] != '\\') {
                if (decoded != null) {
                    decoded.add(raw[i], i);
                }
                i++;
                continue;
            }
            byte escape = raw[i + 1];
            i += 2;
            if (decoded == null) {
                i += escape == 'u' ? 4 : 0;
                continue;
            }
            switch (escape) {
                case 'n' -> decoded.add((byte) '\n', from);
                case 't' -> decoded.add((byte) '\t', from);
                case 'r' -> decoded.add((byte) '\r', from);
                case 'b' -> decoded.add((byte) '\b', from);
                case 'f' -> decoded.add((byte) '\f', from);
                case 'u' -> {
                    int code = Integer.parseInt(new String(raw, i, 4, StandardCharsets.US_ASCII), 16);
                    i += 4;
                    if (Character.isHighSurrogate((char) code) && i + 5 < raw.length && raw[i] == '\\' && raw[i + 1] == 'u') {
                        int low = Integer.parseInt(new String(raw, i + 2, 4, StandardCharsets.US_ASCII), 16);
                        if (Character.isLowSurrogate((char) low)) {
                            code = Character.toCodePoint((char) code, (char) low);
                            i += 6;
                        }
                    }
                    for (byte b : new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8)) {
                        decoded.add(b, from);
                    }
                }
                default -> decoded.add(escape, from); // \" \\ \/
            }
        }
        if (i >= raw.length) {
            throw new IllegalStateException("a string that does not end");
        }
        Arrays.fill(rest, quote + 1, i, (byte) ' ');
    }

    /** A growing run of decoded bytes, each with the offset in the file it came from. */
    private static final class Builder {
        byte[] text = new byte[64];
        int[] origin = new int[64];
        int length;

        void add(byte b, int from) {
            if (length == text.length) {
                text = Arrays.copyOf(text, length * 2);
                origin = Arrays.copyOf(origin, length * 2);
            }
            text[length] = b;
            origin[length++] = from;
        }
    }
}
