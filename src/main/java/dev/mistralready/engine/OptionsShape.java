package dev.mistralready.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.OptionDoc;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options a gate type accepts, read from its options record. */
public final class OptionsShape {

    private OptionsShape() {
    }

    public static List<OptionSpec> of(Class<?> optionsType) {
        if (!optionsType.isRecord()) {
            return List.of();
        }
        List<OptionSpec> specs = new ArrayList<>();
        for (RecordComponent component : optionsType.getRecordComponents()) {
            Field field = fieldOf(optionsType, component);
            JsonProperty property = field.getAnnotation(JsonProperty.class);
            OptionDoc doc = field.getAnnotation(OptionDoc.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
            boolean required = (doc != null && doc.required()) || (property != null && property.required());
            String valueType = doc != null && !doc.type().isEmpty() ? doc.type() : describe(component.getGenericType());
            specs.add(new OptionSpec(name, valueType, required, doc != null ? doc.value() : ""));
        }
        return specs;
    }

    public static List<String> names(Class<?> optionsType) {
        return of(optionsType).stream().map(OptionSpec::name).toList();
    }

    private static Field fieldOf(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("record " + type.getName() + " has no field " + component.getName(), e);
        }
    }

    /** What a value of {@code type} looks like in YAML. */
    static String describe(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                return describe(parameterized.getActualTypeArguments()[0]);
            }
            return describe(raw);
        }
        if (type instanceof Class<?> raw) {
            if (raw == String.class) {
                return "text";
            }
            if (raw == Duration.class) {
                return "duration";
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return "true/false";
            }
            if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
                return "number";
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return "list";
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "mapping";
            }
            return raw.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
        return "value";
    }
}
