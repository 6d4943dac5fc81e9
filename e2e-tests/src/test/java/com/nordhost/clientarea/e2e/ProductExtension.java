package com.nordhost.clientarea.e2e;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every end-to-end test the one running product. It is started on first use and closed by
 * JUnit when the whole run ends, so all test classes share one server start.
 */
public final class ProductExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningProduct.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningProduct.class, key -> startProduct(), RunningProduct.class);
    }

    private static RunningProduct startProduct() {
        try {
            return RunningProduct.start(Map.of());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the product", e);
        }
    }
}
