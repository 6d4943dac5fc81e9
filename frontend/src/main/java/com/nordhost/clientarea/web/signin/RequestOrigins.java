package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.vaadin.flow.server.VaadinRequest;

/** Where the current Vaadin request comes from, for the audit trail. */
public final class RequestOrigins {

    private RequestOrigins() {
    }

    public static RequestOrigin current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return RequestOrigin.unknown();
        }
        return new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
}
