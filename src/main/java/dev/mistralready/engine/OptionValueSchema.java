package dev.mistralready.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.OptionSchema;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JSON Schema of an option's value, read from the Java type Jackson binds it to (the options
 * record's {@code @JsonCreator} parameters where it has one, as {@link OptionsBinder} binds): scalars,
 * lists, mappings, enums (their {@code @JsonValue}), nested records, and value types that say their
 * shape with {@link OptionSchema}. A type it cannot read becomes "any value" and is remembered, so a
 * test can insist that every built-in option has a shape.
 */
final class OptionValueSchema {

    /** {@link dev.mistralready.check.DurationText}'s form: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1m30s}. */
    static final String DURATION_PATTERN = "^\\s*([0-9]{1,9}([mM][sS]|[sSmMhH]))+\\s*$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> untyped = new ArrayList<>();

    /** The types met that had no shape, as {@code where: type}. */
    List<String> untyped() {
        return List.copyOf(untyped);
    }

    /** The {@code with:} mapping of a gate type: each option of {@link OptionsShape}, typed as bound. */
    ObjectNode options(Class<?> optionsType, String where) {
        ObjectNode schema = object();
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (OptionSpec spec : OptionsShape.of(optionsType)) {
            Type bound = boundType(optionsType, spec.name());
            ObjectNode option = of(bound, where + "." + spec.name());
            describe(option, spec.description(), spec.valueType());
            properties.set(spec.name(), spec.required() ? option : nullable(option));
            if (spec.required()) {
                required.add(spec.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        } else {
            nullable(schema); // `with:` left empty binds every option's default
        }
        return schema;
    }

    /**
     * Also {@code null}: the loader and the binder read an empty value ({@code title:}, {@code cwd:}) as
     * absent, so an optional key may be written empty.
     */
    static ObjectNode nullable(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            schema.putArray("type").add(type.asText()).add("null");
        } else if (type != null && type.isArray()) {
            ((ArrayNode) type).add("null");
        } else if (schema.has("enum")) {
            ((ArrayNode) schema.get("enum")).addNull();
        } else if (schema.has("anyOf")) {
            ((ArrayNode) schema.get("anyOf")).addObject().put("type", "null");
        }
        return schema;
    }

    /** The schema of one value of {@code type}. */
    ObjectNode of(Type type, String where) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return of(arguments[0], where);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", of(arguments[0], where + "[]"));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode mapping = NODES.objectNode().put("type", "object");
                mapping.set("additionalProperties", of(arguments[1], where + ".*"));
                return mapping;
            }
            return of(raw, where);
        }
        if (type instanceof Class<?> raw) {
            return ofClass(raw, where);
        }
        return unknown(type, where);
    }

    private ObjectNode ofClass(Class<?> raw, String where) {
        if (raw == String.class) {
            return typed("string", "number"); // Jackson reads a bare number as its text: `since: 1234`
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return typed("boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return typed("integer");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return typed("number");
        }
        if (raw == Duration.class) {
            return duration();
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            return NODES.objectNode();
        }
        OptionSchema declared = raw.getAnnotation(OptionSchema.class);
        if (declared != null) {
            return parse(declared.value(), raw);
        }
        if (raw.isEnum()) {
            return enumeration(raw);
        }
        Optional<Executable> creator = creator(raw);
        if (creator.isPresent()) {
            Executable executable = creator.get();
            JsonCreator annotation = executable.getAnnotation(JsonCreator.class);
            Parameter[] parameters = executable.getParameters();
            boolean delegating = annotation.mode() == JsonCreator.Mode.DELEGATING
                    || (parameters.length == 1 && parameters[0].getAnnotation(JsonProperty.class) == null);
            if (delegating) {
                return of(parameters[0].getParameterizedType(), where);
            }
            return properties(raw, parameters, where);
        }
        if (raw.isRecord()) {
            return properties(raw, new Parameter[0], where);
        }
        return unknown(raw, where);
    }

    /** A mapping of named keys, none other allowed (the binder fails on unknown properties). */
    private ObjectNode properties(Class<?> raw, Parameter[] parameters, String where) {
        ObjectNode schema = object();
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        if (parameters.length > 0) {
            for (Parameter parameter : parameters) {
                JsonProperty property = parameter.getAnnotation(JsonProperty.class);
                if (property == null || property.value().isEmpty()) {
                    return unknown(raw, where);
                }
                Optional<OptionDoc> doc = componentDoc(raw, property.value());
                ObjectNode value = of(parameter.getParameterizedType(), where + "." + property.value());
                doc.ifPresent(d -> describe(value, d.value(), d.type()));
                boolean isRequired = property.required() || doc.map(OptionDoc::required).orElse(false);
                properties.set(property.value(), isRequired ? value : nullable(value));
                if (isRequired) {
                    required.add(property.value());
                }
            }
        } else {
            for (OptionSpec spec : OptionsShape.of(raw)) {
                ObjectNode value = of(boundType(raw, spec.name()), where + "." + spec.name());
                describe(value, spec.description(), "");
                properties.set(spec.name(), spec.required() ? value : nullable(value));
                if (spec.required()) {
                    required.add(spec.name());
                }
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    /** The type Jackson binds option {@code name} to: the creator's parameter, else the record component. */
    private static Type boundType(Class<?> optionsType, String name) {
        Optional<Executable> creator = creator(optionsType);
        if (creator.isPresent()) {
            for (Parameter parameter : creator.get().getParameters()) {
                JsonProperty property = parameter.getAnnotation(JsonProperty.class);
                if (property != null && property.value().equals(name)) {
                    return parameter.getParameterizedType();
                }
            }
        }
        if (optionsType.isRecord()) {
            RecordComponent[] components = optionsType.getRecordComponents();
            List<String> names = OptionsShape.names(optionsType); // in component order
            for (int index = 0; index < components.length; index++) {
                if (names.get(index).equals(name)) {
                    return components[index].getGenericType();
                }
            }
        }
        return Object.class;
    }

    /** The {@code @OptionDoc} of the record component a creator key binds: {@code starts-at-keyword} → {@code startsAtKeyword}. */
    private static Optional<OptionDoc> componentDoc(Class<?> raw, String key) {
        if (!raw.isRecord()) {
            return Optional.empty();
        }
        String wanted = key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        return Stream.of(raw.getRecordComponents())
                .filter(component -> component.getName().toLowerCase(Locale.ROOT).equals(wanted))
                .map(component -> {
                    try {
                        return raw.getDeclaredField(component.getName()).getAnnotation(OptionDoc.class);
                    } catch (NoSuchFieldException e) {
                        return null;
                    }
                })
                .filter(doc -> doc != null)
                .findFirst();
    }

    private static Optional<Executable> creator(Class<?> raw) {
        return Stream.concat(Stream.of(raw.getDeclaredMethods()).filter(method -> Modifier.isStatic(method.getModifiers())),
                        Stream.of(raw.getDeclaredConstructors()))
                .<Executable>map(executable -> executable)
                .filter(executable -> executable.isAnnotationPresent(JsonCreator.class))
                .filter(executable -> executable.getAnnotation(JsonCreator.class).mode() != JsonCreator.Mode.DISABLED)
                .findFirst();
    }

    private ObjectNode enumeration(Class<?> raw) {
        Optional<Method> value = Stream.of(raw.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0)
                .findFirst();
        ArrayNode values = NODES.arrayNode();
        for (Object constant : raw.getEnumConstants()) {
            if (value.isPresent()) {
                try {
                    value.get().setAccessible(true);
                    values.add(String.valueOf(value.get().invoke(constant)));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalStateException("cannot read the @JsonValue of " + constant, e);
                }
            } else {
                values.add(((Enum<?>) constant).name());
            }
        }
        ObjectNode schema = NODES.objectNode();
        schema.set("enum", values);
        return schema;
    }

    private ObjectNode unknown(Type type, String where) {
        untyped.add(where + ": " + type.getTypeName());
        return NODES.objectNode();
    }

    private static ObjectNode parse(String fragment, Class<?> declaredOn) {
        try {
            return (ObjectNode) JSON.readTree(fragment);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("the @OptionSchema of " + declaredOn.getName() + " is not a JSON object", e);
        }
    }

    /** A duration as the checklist writes it. */
    static ObjectNode duration() {
        return NODES.objectNode().put("type", "string").put("pattern", DURATION_PATTERN);
    }

    private static ObjectNode typed(String... types) {
        ObjectNode schema = NODES.objectNode();
        if (types.length == 1) {
            schema.put("type", types[0]);
        } else {
            ArrayNode array = schema.putArray("type");
            Arrays.stream(types).forEach(array::add);
        }
        return schema;
    }

    private static ObjectNode object() {
        return NODES.objectNode().put("type", "object").put("additionalProperties", false);
    }

    /** The option's description first, then what a value looks like when the doc says it in words. */
    private static void describe(ObjectNode schema, String description, String valueType) {
        String text = description;
        if (!valueType.isEmpty() && !List.of("text", "number", "true/false", "duration", "list", "mapping").contains(valueType)) {
            text = text.isEmpty() ? valueType : valueType + ": " + text;
        }
        if (!text.isEmpty()) {
            ObjectNode copy = schema.deepCopy();
            schema.removeAll();
            schema.put("description", text);
            schema.setAll(copy);
        }
    }
}
