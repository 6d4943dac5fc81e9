package com.nordhost.clientarea.domain.testing;

import java.lang.reflect.Proxy;

/**
 * A port that the tests using it never reach (the back-office directories in the in-memory fixture): any call
 * fails loudly, so a test that starts to depend on one says so instead of passing over an empty answer.
 */
public final class UnusedPort {

    private UnusedPort() {
    }

    public static <T> T of(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "unused " + port.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName()
                    + " is not part of the in-memory fixture.");
        }));
    }
}
