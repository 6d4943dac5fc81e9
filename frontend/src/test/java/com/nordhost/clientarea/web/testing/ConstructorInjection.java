package com.nordhost.clientarea.web.testing;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What CDI does for the views in the server, for Karibu tests (which do no CDI): a class with an {@code @Inject}
 * constructor is built with what its parameters name, from the objects offered (each use case of the domain's
 * assembly, the settings), from {@code Provider}s of such classes, or from other classes with an {@code @Inject}
 * constructor. So a view that takes one more use case needs no change in any test.
 */
public final class ConstructorInjection {

    private final Map<Class<?>, Object> offered = new HashMap<>();

    /** Offers every value the public no-argument methods of {@code assembly} return, by their return type. */
    public ConstructorInjection offerEveryResultOf(Object assembly) {
        for (Method method : assembly.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && method.getDeclaringClass() == assembly.getClass()
                    && !Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class) {
                try {
                    offered.put(method.getReturnType(), method.invoke(assembly));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + method, e);
                }
            }
        }
        return this;
    }

    /** Offers {@code value} for parameters of its own class. */
    public ConstructorInjection offer(Object value) {
        offered.put(value.getClass(), value);
        return this;
    }

    /** The class built through its {@code @Inject} constructor; empty when it has none (Vaadin then builds it). */
    public <T> Optional<T> build(Class<T> type) {
        return injectConstructor(type).map(constructor -> {
            Object[] arguments = Arrays.stream(constructor.getGenericParameterTypes())
                    .map(parameter -> resolve(type, parameter)).toArray();
            try {
                return type.cast(constructor.newInstance(arguments));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("Cannot build " + type.getName(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + type.getName(), e);
            }
        });
    }

    private Object resolve(Class<?> owner, Type parameter) {
        if (parameter instanceof ParameterizedType generic && generic.getRawType() == Provider.class) {
            Class<?> provided = (Class<?>) generic.getActualTypeArguments()[0];
            return (Provider<Object>) () -> resolve(owner, provided);
        }
        Class<?> wanted = (Class<?>) parameter;
        Object value = offered.get(wanted);
        if (value != null) {
            return value;
        }
        return build(wanted).orElseThrow(() -> new IllegalStateException(owner.getName() + " needs a "
                + wanted.getName() + ", which the test offers none of and which has no @Inject constructor."));
    }

    private static <T> Optional<Constructor<T>> injectConstructor(Class<T> type) {
        @SuppressWarnings("unchecked")
        Constructor<T>[] constructors = (Constructor<T>[]) type.getDeclaredConstructors();
        return Arrays.stream(constructors).filter(c -> c.isAnnotationPresent(Inject.class)).findFirst()
                .map(c -> {
                    c.setAccessible(true);
                    return c;
                });
    }
}
