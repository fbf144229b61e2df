package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mistralready.check.Location;
import dev.mistralready.project.config.YamlDocuments;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files a kustomize build reads, by their path in the project, read once each. Paths that leave
 * the project are refused, as kustomize's load restrictor refuses paths that leave the kustomization.
 */
final class KustomizeFiles {

    /**
     * A YAML file read, or why it could not be.
     *
     * @param error    why the text is not YAML (or not text), if it is not
     * @param tooLarge whether the file was left unread for its size, which says nothing about the file
     */
    record Read(String path, String text, List<YamlDocuments.Document> documents, Optional<String> error,
                Location errorAt, boolean tooLarge) {

        Read {
            documents = List.copyOf(documents);
        }

        List<String> lines() {
            return text.lines().toList();
        }
    }

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path root;
    private final Map<String, Read> cache = new HashMap<>();

    KustomizeFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code entry} of a kustomization in {@code dir}, as a project path; empty if it leaves the project. */
    Optional<String> resolve(String dir, String entry) {
        Path resolved = root.resolve(dir).resolve(entry).normalize();
        if (!resolved.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(resolved).toString().replace('\\', '/'));
    }

    boolean isDirectory(String path) {
        return Files.isDirectory(root.resolve(path));
    }

    boolean isFile(String path) {
        return Files.isRegularFile(root.resolve(path));
    }

    /** The kustomization file of a folder, if it has one. */
    Optional<String> kustomizationIn(String dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            String path = dir.isEmpty() ? name : dir + "/" + name;
            if (isFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    Read read(String path) throws IOException {
        Read cached = cache.get(path);
        if (cached != null) {
            return cached;
        }
        Path file = root.resolve(path);
        Read read;
        if (Files.size(file) > ManifestSet.MAX_FILE_BYTES) {
            read = new Read(path, "", List.of(), Optional.of("larger than " + ManifestSet.MAX_FILE_BYTES / 1024 + " KiB"),
                    Location.of(path, 1), true);
        } else {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                text = null;
            }
            read = text == null
                    ? new Read(path, "", List.of(), Optional.of("not UTF-8 text"), Location.of(path, 1), false)
                    : parse(path, text, 0, 0);
        }
        cache.put(path, read);
        return read;
    }

    /** Parses YAML text; an error says where it is, shifted as an inline patch is in its kustomization. */
    static Read parse(String path, String text, int lineShift, int columnShift) {
        YamlDocuments.Result result = YamlDocuments.read(text);
        Location errorAt = new Location(path, 1 + lineShift, 0);
        if (result.error().isPresent()) {
            JsonLocation location = errorLocation(text);
            if (location != null && location.getLineNr() > 0) {
                errorAt = new Location(path, location.getLineNr() + lineShift, Math.max(1, location.getColumnNr()) + columnShift);
            }
        }
        return new Read(path, text, result.documents(), result.error(), errorAt, false);
    }

    private static JsonLocation errorLocation(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return null;
        } catch (JsonProcessingException e) {
            return e.getLocation();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
