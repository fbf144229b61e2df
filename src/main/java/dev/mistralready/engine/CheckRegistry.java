package dev.mistralready.engine;

import dev.mistralready.check.Check;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The gate types this run knows, by {@code type()} name. */
public final class CheckRegistry {

    private final Map<String, Check<?>> byType;

    private CheckRegistry(Map<String, Check<?>> byType) {
        this.byType = byType;
    }

    /** The built-in checks plus any on the class path, found through {@link ServiceLoader}. */
    @SuppressWarnings("rawtypes")
    public static CheckRegistry installed() {
        List<Check<?>> found = ServiceLoader.load(Check.class).stream()
                .map(ServiceLoader.Provider::get)
                .<Check<?>>map(check -> (Check<?>) check)
                .toList();
        return of(found);
    }

    public static CheckRegistry of(Collection<? extends Check<?>> checks) {
        Map<String, Check<?>> byType = new TreeMap<>();
        for (Check<?> check : checks) {
            Check<?> previous = byType.putIfAbsent(check.type(), check);
            if (previous != null) {
                throw new IllegalStateException("two checks claim the gate type `" + check.type() + "`: "
                        + previous.getClass().getName() + " and " + check.getClass().getName());
            }
        }
        return new CheckRegistry(byType);
    }

    public Optional<Check<?>> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every registered check, sorted by type name. */
    public Collection<Check<?>> all() {
        return byType.values();
    }

    public Collection<String> types() {
        return byType.keySet();
    }
}
