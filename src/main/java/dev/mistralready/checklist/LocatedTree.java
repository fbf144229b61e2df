package dev.mistralready.checklist;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed YAML document and where each of its nodes came from. */
record LocatedTree(JsonNode root, SourceMap sourceMap) {
}
