package dev.mistralready.checks.models;

import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a file imports of the Mistral SDK, so a client is judged by the class it is, not by its
 * local name: {@code from mistralai import Mistral as MistralClient} is the v1/v2 client, and
 * {@code from mistralai.client import MistralClient} the 0.x one ({@code from mistralai.client import
 * Mistral} is v2's own path). In TS/JS, {@code import { Mistral as MistralClient } from
 * "@mistralai/mistralai"} is the v1/v2 client and a default import ({@code import MistralClient from
 * ...}, {@code const MistralClient = require(...)}) the 0.x one. Names the file imports from
 * elsewhere (the SDK's own repository imports {@code Mistral} from {@code ./index}) or does not
 * import at all are judged by their name, as before.
 */
final class SdkImports {

    /** The kind of client a class constructs. */
    enum ClientKind {
        /** {@code Mistral}, v1 and v2. */
        OFFICIAL,
        /** {@code MistralClient} / {@code MistralAsyncClient} of the 0.x SDKs. */
        LEGACY,
        /** Not a Mistral client. */
        NONE
    }

    private static final String PYTHON_PACKAGE = "mistralai";
    private static final String NODE_PACKAGE = "@mistralai/mistralai";

    private final boolean importsSdk;
    private final Map<String, ClientKind> imported;

    private SdkImports(boolean importsSdk, Map<String, ClientKind> imported) {
        this.importsSdk = importsSdk;
        this.imported = Map.copyOf(imported);
    }

    static SdkImports of(SourceTokens source) {
        return source.language() == SourceTokens.Language.PYTHON ? python(source) : javaScript(source);
    }

    /** Whether the file imports the Mistral SDK at all. */
    boolean importsSdk() {
        return importsSdk;
    }

    /**
     * The kind of client {@code Name(...)} / {@code new Name(...)} constructs; {@code qualified} when
     * written {@code module.Name(...)}, which is read by the class name alone.
     */
    ClientKind clientKind(String name, boolean qualified) {
        if (!qualified && imported.containsKey(name)) {
            return imported.get(name);
        }
        return byName(name);
    }

    private static ClientKind byName(String name) {
        return switch (name) {
            case "Mistral" -> ClientKind.OFFICIAL;
            case "MistralClient", "MistralAsyncClient" -> ClientKind.LEGACY;
            default -> ClientKind.NONE;
        };
    }

    /** {@code from MODULE import NAME [as LOCAL], ...} and {@code import mistralai[.x] [as y]}. */
    private static SdkImports python(SourceTokens source) {
        boolean importsSdk = false;
        Map<String, ClientKind> imported = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            boolean statementStart = i == 0 || source.isKind(i - 1, TokenKind.NEWLINE);
            if (!statementStart) {
                continue;
            }
            if (source.isIdentifier(i, "import")) {
                importsSdk |= source.isIdentifier(i + 1, PYTHON_PACKAGE);
                continue;
            }
            if (!source.isIdentifier(i, "from")) {
                continue;
            }
            StringBuilder module = new StringBuilder();
            int index = i + 1;
            while (source.isKind(index, TokenKind.IDENTIFIER) && !source.isIdentifier(index, "import")
                    || source.isPunctuation(index, ".")) {
                module.append(source.get(index).text());
                index++;
            }
            if (!source.isIdentifier(index, "import")) {
                continue;
            }
            String from = module.toString();
            boolean mistral = from.equals(PYTHON_PACKAGE) || from.startsWith(PYTHON_PACKAGE + ".");
            importsSdk |= mistral;
            for (index++; index < source.size() && !source.isKind(index, TokenKind.NEWLINE); index++) {
                if (!source.isKind(index, TokenKind.IDENTIFIER) || source.isIdentifier(index, "as")
                        || source.isIdentifier(index - 1, "as")) {
                    continue;
                }
                String name = source.get(index).text();
                String local = source.isIdentifier(index + 1, "as") && source.isKind(index + 2, TokenKind.IDENTIFIER)
                        ? source.get(index + 2).text() : name;
                if (mistral) {
                    imported.put(local, byName(name));
                }
            }
        }
        return new SdkImports(importsSdk, imported);
    }

    /**
     * {@code import Default, { Name as Local } from "..."}, {@code import * as ns from "..."},
     * {@code const Default = require("...")} and {@code const { Name: Local } = require("...")}.
     */
    private static SdkImports javaScript(SourceTokens source) {
        boolean importsSdk = false;
        Map<String, ClientKind> imported = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            if (source.isIdentifier(i, "import") && !source.isPunctuation(i + 1, "(") && !source.isPunctuation(i - 1, ".")) {
                int from = i + 1;
                while (from < source.size() && !source.isIdentifier(from, "from") && !source.isPunctuation(from, ";")
                        && !source.isKind(from, TokenKind.STRING)) {
                    from++;
                }
                if (!source.isIdentifier(from, "from") || !source.isKind(from + 1, TokenKind.STRING)) {
                    importsSdk |= source.isKind(from, TokenKind.STRING) && isNodeSdk(source.get(from).value());
                    continue;
                }
                boolean mistral = isNodeSdk(source.get(from + 1).value());
                importsSdk |= mistral;
                if (mistral) {
                    bindings(source, i + 1, from, imported);
                }
            } else if (source.isIdentifier(i, "require") && source.isPunctuation(i + 1, "(")
                    && source.isKind(i + 2, TokenKind.STRING) && source.isPunctuation(i + 3, ")")
                    && source.isPunctuation(i - 1, "=")) {
                boolean mistral = isNodeSdk(source.get(i + 2).value());
                importsSdk |= mistral;
                int target = i - 2;
                if (!mistral) {
                    continue;
                }
                if (source.isKind(target, TokenKind.IDENTIFIER)) {
                    imported.put(source.get(target).text(), ClientKind.LEGACY);
                } else if (source.isPunctuation(target, "}") && source.opening(target).isPresent()) {
                    bindings(source, source.opening(target).getAsInt(), target + 1, imported);
                }
            }
        }
        return new SdkImports(importsSdk, imported);
    }

    /** The names an SDK import binds between {@code from} and {@code to}: a default binding, and braced {@code A as B} / {@code A: B}. */
    private static void bindings(SourceTokens source, int from, int to, Map<String, ClientKind> imported) {
        boolean braced = false;
        for (int index = from; index < to; index++) {
            if (source.isPunctuation(index, "{")) {
                braced = true;
            } else if (source.isPunctuation(index, "}")) {
                braced = false;
            } else if (source.isKind(index, TokenKind.IDENTIFIER) && !source.isIdentifier(index, "as")
                    && !source.isIdentifier(index, "type") && !source.isIdentifier(index - 1, "as")
                    && !source.isPunctuation(index - 1, ":") && !source.isPunctuation(index - 1, "*")) {
                String name = source.get(index).text();
                boolean renamed = (source.isIdentifier(index + 1, "as") || source.isPunctuation(index + 1, ":"))
                        && source.isKind(index + 2, TokenKind.IDENTIFIER);
                String local = renamed ? source.get(index + 2).text() : name;
                ClientKind kind = braced ? byName(name) : ClientKind.LEGACY;
                imported.put(local, kind);
            }
        }
    }

    private static boolean isNodeSdk(String module) {
        return module.equals(NODE_PACKAGE) || module.startsWith(NODE_PACKAGE + "/");
    }
}
