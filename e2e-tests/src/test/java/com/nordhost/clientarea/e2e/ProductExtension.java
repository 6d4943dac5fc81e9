package com.nordhost.clientarea.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every end-to-end test the one running product and the SMTP server it sends mail to. Both
 * are started on first use and closed by JUnit when the whole run ends, so all test classes share
 * one server start.
 */
public final class ProductExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningProduct.class || type == Mailbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        Mailbox mailbox = store.getOrComputeIfAbsent(Mailbox.class, key -> Mailbox.start(), Mailbox.class);
        RunningProduct product = store.getOrComputeIfAbsent(RunningProduct.class,
                key -> startProduct(mailbox), RunningProduct.class);
        return parameter.getParameter().getType() == Mailbox.class ? mailbox : product;
    }

    private static RunningProduct startProduct(Mailbox mailbox) {
        try {
            return RunningProduct.start(Map.of(
                    "CLIENTAREA_MAIL_HOST", "127.0.0.1",
                    "CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port()),
                    "CLIENTAREA_MAIL_FROM", "Nordhost <no-reply@nordhost.example>",
                    // The tests reach the server over loopback, standing in for a TLS-terminating proxy.
                    "CLIENTAREA_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the product", e);
        }
    }

    /** A real SMTP server (GreenMail) on a free loopback port. */
    static final class Mailbox implements ExtensionContext.Store.CloseableResource {

        final GreenMail greenMail;

        private Mailbox(GreenMail greenMail) {
            this.greenMail = greenMail;
        }

        static Mailbox start() {
            GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            return new Mailbox(greenMail);
        }

        int port() {
            return greenMail.getSmtp().getPort();
        }

        @Override
        public void close() {
            greenMail.stop();
        }
    }
}
