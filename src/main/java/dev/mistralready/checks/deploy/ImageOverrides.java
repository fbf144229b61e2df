package dev.mistralready.checks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Location;


/**
 * A kustomization's {@code images:} entries applied to every container and init container of an
 * object (kustomize finds them anywhere, custom resources included): {@code newName},
 * {@code newTag}, {@code tagSuffix} and {@code digest}. The changed image keeps the place of the
 * entry's field that decided it, so a floating tag set by an overlay is reported on the overlay.
 */
final class ImageOverrides {

    private final Kustomization kustomization;
    private final NodeOrigins origins;

    ImageOverrides(Kustomization kustomization, NodeOrigins origins) {
        this.kustomization = kustomization;
        this.origins = origins;
    }

    void apply(BuiltResource resource) {
        walk(resource.root());
    }

    private void walk(JsonNode node) {
        if (node.isObject()) {
            for (String field : new String[] {"containers", "initContainers"}) {
                JsonNode list = node.path(field);
                for (JsonNode container : list) {
                    if (container instanceof ObjectNode object && object.path("image").isTextual()) {
                        override(object);
                    }
                }
            }
            node.forEach(this::walk);
        } else if (node.isArray()) {
            node.forEach(this::walk);
        }
    }

    private void override(ObjectNode container) {
        String image = container.path("image").asText();
        ImageRef ref = ImageRef.parse(image);
        JsonNode images = kustomization.root().path("images");
        for (int i = 0; i < images.size(); i++) {
            JsonNode entry = images.get(i);
            if (!entry.path("name").asText("").equals(ref.name())) {
                continue;
            }
            String pointer = "/images/" + i;
            String name = entry.path("newName").asText(ref.name());
            String tag = ref.tag();
            String digest = ref.digest();
            String decidedBy = "/name";
            if (entry.hasNonNull("newName")) {
                decidedBy = "/newName";
            }
            if (entry.hasNonNull("newTag")) {
                tag = entry.get("newTag").asText();
                digest = "";
                decidedBy = "/newTag";
            }
            if (entry.hasNonNull("tagSuffix")) {
                tag = tag + entry.get("tagSuffix").asText();
                decidedBy = "/tagSuffix";
            }
            if (entry.hasNonNull("digest")) {
                digest = entry.get("digest").asText();
                tag = "";
                decidedBy = "/digest";
            }
            String result = name + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
            Location where = kustomization.at(pointer + decidedBy);
            origins.set(container, "image", container.textNode(result), where);
            return;
        }
    }

    /** An image reference split as kustomize splits it: name, tag and digest. */
    record ImageRef(String name, String tag, String digest) {

        static ImageRef parse(String image) {
            String rest = image;
            String digest = "";
            int at = rest.indexOf('@');
            if (at >= 0) {
                digest = rest.substring(at + 1);
                rest = rest.substring(0, at);
            }
            int colon = rest.lastIndexOf(':');
            String tag = "";
            if (colon > rest.lastIndexOf('/')) {
                tag = rest.substring(colon + 1);
                rest = rest.substring(0, colon);
            }
            return new ImageRef(rest, tag, digest);
        }

    }
}
