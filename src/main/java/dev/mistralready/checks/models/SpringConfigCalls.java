package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import dev.mistralready.project.config.ConfigEntry;
import dev.mistralready.project.config.PropertiesReader;
import dev.mistralready.project.config.YamlConfigReader;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.TokenKind;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds Mistral models configured in Spring Boot's {@code application.properties} and
 * {@code application.yml} / {@code .yaml}, profile variants ({@code application-prod.yml}) and
 * the documents of a multi-document YAML file included. Each configuration of a model is one
 * call: Spring AI's chat model ({@code spring.ai.mistralai.chat.*}, 2.0, or {@code .chat.options.*},
 * 1.x) and embedding model ({@code spring.ai.mistralai.embedding.*}, model only), and the
 * LangChain4j starter's ({@code langchain4j.mistral-ai.chat-model.*}, {@code .streaming-chat-model.*},
 * {@code .fim-model.*}; {@code .embedding-model.*} and {@code .moderation-model.*}, model only).
 * Keys are compared as Spring's relaxed binding does ({@code max-tokens}, {@code maxTokens} and
 * {@code max_tokens} are one key).
 *
 * <p>Spring AI's starter autoconfigures a chat model whenever it is on the class path; a
 * configuration is taken to use it when it sets a {@code spring.ai.mistralai.chat.*} key, or only
 * the connection ({@code api-key}) with no other Mistral model: an application that configures
 * only an embedding (moderation, OCR) model is not reported for its unused chat model's defaults.
 *
 * <p>A profile (a profile file, or a later document of a YAML file) is laid over the base
 * configuration of the same directory ({@code application.*}, first document): a parameter the
 * base sets is not missing in the profile, and one the base lacks but a profile sets is reported
 * nowhere, since which profiles run in production is not written in the files.
 *
 * <p>{@code ${VAR:default}} counts as its default; a bare {@code ${VAR}} as set to a value only
 * known at run time: neither a model to check nor a missing parameter.
 */
final class SpringConfigCalls {

    private static final Pattern FILE_NAME = Pattern.compile("application(-[^/]+)?\\.(properties|ya?ml)");

    /** One model a configuration can set, with its keys after relaxed binding and the endpoint it calls. */
    private enum Family {
        SPRING_AI(Sdk.SPRING_AI, "spring.ai.mistralai.chat", "spring.ai.mistralai.chat.", "model", Endpoint.CHAT),
        LANGCHAIN4J_CHAT(Sdk.LANGCHAIN4J_SPRING, "langchain4j.mistral-ai.chat-model", "langchain4j.mistralai.chatmodel.",
                "modelname", Endpoint.CHAT),
        LANGCHAIN4J_STREAMING(Sdk.LANGCHAIN4J_SPRING, "langchain4j.mistral-ai.streaming-chat-model",
                "langchain4j.mistralai.streamingchatmodel.", "modelname", Endpoint.CHAT),
        /** {@code spring.ai.mistralai.embedding.model} (2.0) or {@code .embedding.options.model} (1.x). */
        SPRING_AI_EMBEDDING(Sdk.SPRING_AI, "spring.ai.mistralai.embedding", "spring.ai.mistralai.embedding.", "model",
                Endpoint.EMBEDDINGS),
        LANGCHAIN4J_EMBEDDING(Sdk.LANGCHAIN4J_SPRING, "langchain4j.mistral-ai.embedding-model",
                "langchain4j.mistralai.embeddingmodel.", "modelname", Endpoint.EMBEDDINGS),
        LANGCHAIN4J_MODERATION(Sdk.LANGCHAIN4J_SPRING, "langchain4j.mistral-ai.moderation-model",
                "langchain4j.mistralai.moderationmodel.", "modelname", Endpoint.MODERATION),
        LANGCHAIN4J_FIM(Sdk.LANGCHAIN4J_SPRING, "langchain4j.mistral-ai.fim-model", "langchain4j.mistralai.fimmodel.",
                "modelname", Endpoint.FIM);

        final Sdk sdk;
        final String prefix;
        final String boundPrefix;
        final String modelKey;
        final Endpoint endpoint;

        Family(Sdk sdk, String prefix, String boundPrefix, String modelKey, Endpoint endpoint) {
            this.sdk = sdk;
            this.prefix = prefix;
            this.boundPrefix = boundPrefix;
            this.modelKey = modelKey;
            this.endpoint = endpoint;
        }

        /** The entries for {@code parameter} (a bound key below the prefix): 2.0 and 1.x spellings for Spring AI. */
        Predicate<String> keyOf(String parameter) {
            if (sdk == Sdk.SPRING_AI) {
                return key -> key.equals(boundPrefix + parameter) || key.equals(boundPrefix + "options." + parameter);
            }
            return key -> key.equals(boundPrefix + parameter);
        }

        /** Whether its timeout and retries are checked: the chat models, as before the other models were read. */
        boolean chat() {
            return endpoint == Endpoint.CHAT;
        }
    }

    /** Spring AI's keys of the other Mistral models than chat: a configuration of these alone has no chat model. */
    private static final List<String> SPRING_AI_OTHER_MODELS = List.of("spring.ai.mistralai.embedding.",
            "spring.ai.mistralai.moderation.", "spring.ai.mistralai.ocr.");

    /** One file's one YAML document (or a whole .properties file), keys bound. */
    private record Config(String file, int document, boolean base, String directory, List<ConfigEntry> entries,
                          List<String> keys) {

        Optional<ConfigEntry> last(Predicate<String> key) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (key.test(keys.get(i))) {
                    return Optional.of(entries.get(i));
                }
            }
            return Optional.empty();
        }

        Optional<ConfigEntry> first(Predicate<String> key) {
            for (int i = 0; i < entries.size(); i++) {
                if (key.test(keys.get(i))) {
                    return Optional.of(entries.get(i));
                }
            }
            return Optional.empty();
        }
    }

    private SpringConfigCalls() {
    }

    /** Whether Spring Boot reads this file as application configuration. */
    static boolean isSpringConfig(String path) {
        return FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    /** The calls of every Spring configuration file, given as path → text, read together for profiles. */
    static List<FileCalls> find(Map<String, String> files) {
        List<Config> configs = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            configs.addAll(configs(file.getKey(), file.getValue()));
        }
        Map<String, List<ChatCall>> calls = new LinkedHashMap<>();
        files.keySet().forEach(file -> calls.put(file, new ArrayList<>()));
        for (Family family : Family.values()) {
            for (Config config : configs) {
                configures(config, family).ifPresent(at -> calls.get(config.file()).add(call(config, family, at, configs)));
            }
        }
        return calls.entrySet().stream()
                .map(entry -> new FileCalls(entry.getKey(), entry.getValue().size(), entry.getValue()))
                .toList();
    }

    private static List<Config> configs(String file, String text) {
        List<ConfigEntry> entries = file.endsWith(".properties") ? PropertiesReader.read(text)
                : YamlConfigReader.read(text).entries();
        String name = file.substring(file.lastIndexOf('/') + 1);
        boolean baseFile = name.startsWith("application.");
        String directory = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        Map<Integer, List<ConfigEntry>> documents = new LinkedHashMap<>();
        entries.forEach(entry -> documents.computeIfAbsent(entry.document(), ignored -> new ArrayList<>()).add(entry));
        List<Config> configs = new ArrayList<>();
        documents.forEach((document, inDocument) -> configs.add(new Config(file, document, baseFile && document == 0,
                directory, inDocument, inDocument.stream().map(entry -> bound(entry.key())).toList())));
        return configs;
    }

    /** Spring's relaxed binding: {@code Max-Tokens}, {@code maxTokens} and {@code max_tokens} are one key. */
    static String bound(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Where the configuration of this chat model starts in the config, if it configures one. */
    private static Optional<ConfigEntry> configures(Config config, Family family) {
        if (family == Family.SPRING_AI) {
            Optional<ConfigEntry> chatModel = config.last(key -> key.equals("spring.ai.model.chat"));
            Optional<ConfigEntry> enabled = config.last(key -> key.equals("spring.ai.mistralai.chat.enabled"));
            if (chatModel.filter(entry -> !entry.value().equalsIgnoreCase("mistral")).isPresent()
                    || enabled.filter(entry -> entry.value().equalsIgnoreCase("false")).isPresent()) {
                return Optional.empty();
            }
            boolean chatKeys = config.first(key -> key.startsWith(family.boundPrefix)).isPresent();
            boolean otherModels = config.first(key -> SPRING_AI_OTHER_MODELS.stream().anyMatch(key::startsWith)).isPresent();
            if (!chatKeys && otherModels) {
                return Optional.empty(); // an embedding (moderation, OCR) configuration: its chat model is not in use
            }
            return config.first(key -> key.startsWith(family.boundPrefix) || key.equals("spring.ai.mistralai.apikey"));
        }
        if (family == Family.SPRING_AI_EMBEDDING) {
            Optional<ConfigEntry> embeddingModel = config.last(key -> key.equals("spring.ai.model.embedding"));
            if (embeddingModel.filter(entry -> !entry.value().equalsIgnoreCase("mistral")).isPresent()) {
                return Optional.empty();
            }
        }
        return config.first(key -> key.startsWith(family.boundPrefix));
    }

    private static ChatCall call(Config config, Family family, ConfigEntry start, List<Config> configs) {
        String callee = family.prefix;
        if (family.sdk == Sdk.SPRING_AI && config.first(key -> key.startsWith(family.boundPrefix + "options.")).isPresent()) {
            callee = family.prefix + ".options";
        }
        Location at = new Location(config.file(), start.keyLine(), start.keyColumn());
        boolean generates = family.endpoint.takesMaxTokens();
        Parameter notTaken = new Parameter.Unseen();
        return new ChatCall(family.sdk, callee, at,
                parameter(config, family, family.modelKey, configs, true),
                generates ? parameter(config, family, "maxtokens", configs, false) : notTaken,
                generates ? parameter(config, family, "temperature", configs, false) : notTaken, true, false, List.of(),
                family.endpoint, List.of());
    }

    /**
     * The timeout and retries of each chat model configured, at the place its configuration starts:
     * the LangChain4j starter's {@code timeout} and {@code max-retries}, and Spring AI's
     * {@code spring.ai.retry.max-attempts} (Spring AI has no Mistral timeout property of its own).
     */
    static List<FileResilience> resilience(Map<String, String> files) {
        List<Config> configs = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            configs.addAll(configs(file.getKey(), file.getValue()));
        }
        Map<String, List<ClientConstruction>> clients = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            for (Config config : configs) {
                Optional<ConfigEntry> start = family.chat() ? configures(config, family) : Optional.empty();
                if (start.isEmpty()) {
                    continue;
                }
                Location at = new Location(config.file(), start.get().keyLine(), start.get().keyColumn());
                Parameter timeout = family == Family.SPRING_AI ? new Parameter.Unseen()
                        : parameter(config, family, family.keyOf("timeout"), configs, true);
                Predicate<String> retryKey = family == Family.SPRING_AI
                        ? key -> key.equals("spring.ai.retry.maxattempts") : family.keyOf("maxretries");
                Parameter retries = parameter(config, family, retryKey, configs, false);
                clients.computeIfAbsent(config.file(), ignored -> new ArrayList<>())
                        .add(new ClientConstruction(family.sdk, family.prefix, at, timeout, retries));
            }
        }
        return clients.entrySet().stream()
                .map(entry -> new FileResilience(entry.getKey(), entry.getValue(), List.of(), List.of()))
                .toList();
    }

    private static Parameter parameter(Config config, Family family, String key, List<Config> configs, boolean model) {
        return parameter(config, family, family.keyOf(key), configs, model);
    }

    private static Parameter parameter(Config config, Family family, Predicate<String> keyOf, List<Config> configs,
                                       boolean model) {
        Optional<ConfigEntry> entry = config.last(keyOf);
        if (entry.isPresent()) {
            Value value = value(entry.get(), model);
            return value instanceof Value.Nothing ? new Parameter.Missing() : new Parameter.Given(value);
        }
        List<Config> group = configs.stream().filter(other -> other.directory().equals(config.directory())).toList();
        boolean baseConfigures = group.stream().anyMatch(other -> other.base() && configures(other, family).isPresent());
        if (!config.base() && baseConfigures) {
            return new Parameter.Unseen(); // laid over the base, which is checked (and reported) itself
        }
        boolean setElsewhere = group.stream().anyMatch(other -> other != config && other.last(keyOf).isPresent());
        return setElsewhere ? new Parameter.Unseen() : new Parameter.Missing();
    }

    /** A setting's value, {@code ${VAR:default}} read as its default. */
    private static Value value(ConfigEntry entry, boolean model) {
        if (entry.nullValue() || entry.value().isBlank()) {
            return new Value.Nothing(token(entry, entry.value(), 0));
        }
        String text = entry.value();
        int offset = 0;
        while (text.startsWith("${") && text.endsWith("}")) {
            int colon = placeholderColon(text);
            if (colon < 0) {
                return new Value.Unknown(entry.value()); // ${VAR}: set, to a value known at run time
            }
            offset += colon + 1;
            text = text.substring(colon + 1, text.length() - 1);
        }
        if (text.contains("${")) {
            return new Value.Unknown(entry.value());
        }
        Token token = token(entry, text, offset);
        if (!model) {
            try {
                return new Value.Number(Double.parseDouble(text.strip()), token);
            } catch (NumberFormatException e) {
                return new Value.Unknown(entry.value());
            }
        }
        return new Value.Text(text.strip(), token);
    }

    /** The {@code :} that starts the default of the placeholder {@code ${...}}, outside nested ones; -1 if none. */
    private static int placeholderColon(String placeholder) {
        int depth = 0;
        for (int i = 2; i < placeholder.length() - 1; i++) {
            char c = placeholder.charAt(i);
            if (c == '{' && placeholder.charAt(i - 1) == '$') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Token token(ConfigEntry entry, String text, int offset) {
        return new Token(TokenKind.STRING, text, text, entry.valueLine(), entry.valueColumn() + offset, Optional.empty());
    }
}
