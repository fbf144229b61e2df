package dev.mistralready.project.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the dependencies of a Maven {@code pom.xml}, each named {@code groupId:artifactId}. A
 * version is taken from the dependency itself, else from the same pom's
 * {@code <dependencyManagement>} (the artifact itself, or a BOM imported there from the same
 * group, e.g. {@code dev.langchain4j:langchain4j-bom}); {@code ${name}} is resolved from the pom's
 * {@code <properties>} and {@code ${project.version}}. A parent pom is not read: a version it
 * manages is unknown. Maven ranges ({@code [1.0,2.0)}) read as their lower bound.
 */
final class MavenPom {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private MavenPom() {
    }

    static Manifest read(String path, String text) {
        Document document;
        try {
            document = parser().parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            return Manifest.unreadable(path, "not well-formed XML (line " + e.getLineNumber() + ")");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Manifest.unreadable(path, "not well-formed XML");
        }
        Element project = document.getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        child(project, "properties").ifPresent(section -> children(section).forEach(
                property -> properties.put(property.getTagName(), property.getTextContent().trim())));
        child(project, "version").ifPresent(version -> properties.put("project.version", version.getTextContent().trim()));
        Map<String, String> managed = new HashMap<>();
        Map<String, String> boms = new HashMap<>();
        for (Element dependency : dependencies(child(project, "dependencyManagement"))) {
            String group = text(dependency, "groupId");
            String version = resolve(text(dependency, "version"), properties);
            managed.put(group + ":" + text(dependency, "artifactId"), version);
            if (text(dependency, "scope").equals("import")) {
                boms.putIfAbsent(group, version);
            }
        }
        List<Dependency> declared = new ArrayList<>();
        for (Element dependency : dependencies(Optional.of(project))) {
            String group = text(dependency, "groupId");
            String name = group + ":" + text(dependency, "artifactId");
            String version = resolve(text(dependency, "version"), properties);
            if (version.isEmpty()) {
                version = managed.getOrDefault(name, boms.getOrDefault(group, ""));
            }
            declared.add(new Dependency(name, spec(version), path));
        }
        return Manifest.of(path, declared);
    }

    /** A Maven version or range as a {@link VersionSpec}: {@code [1.0,2.0)} has the floor 1.0, {@code (,2.0]} none. */
    static VersionSpec spec(String version) {
        if (version.contains("${")) {
            return new VersionSpec(version, Optional.empty()); // a property this pom does not define
        }
        if (version.startsWith("[") || version.startsWith("(")) {
            String floor = version.substring(1).split("[,\\])]", 2)[0].trim();
            return new VersionSpec(version, floor.isEmpty() ? Optional.empty() : Version.parse(floor));
        }
        return version.isEmpty() ? VersionSpec.any() : new VersionSpec(version, Version.parse(version));
    }

    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int depth = 0; depth < 10 && resolved.contains("${"); depth++) {
            Matcher matcher = PROPERTY.matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String replacement = properties.getOrDefault(matcher.group(1), matcher.group());
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            if (out.toString().equals(resolved)) {
                break;
            }
            resolved = out.toString();
        }
        return resolved;
    }

    private static List<Element> dependencies(Optional<Element> parent) {
        return parent.flatMap(element -> child(element, "dependencies"))
                .map(section -> children(section).stream().filter(e -> e.getTagName().equals("dependency")).toList())
                .orElse(List.of());
    }

    private static String text(Element element, String name) {
        return child(element, name).map(child -> child.getTextContent().trim()).orElse("");
    }

    private static Optional<Element> child(Element element, String name) {
        return children(element).stream().filter(child -> child.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element element) {
        List<Element> found = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                found.add(child);
            }
        }
        return found;
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder;
    }
}
