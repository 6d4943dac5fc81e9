package com.nordhost.clientarea.web.twofactor;

import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;

/**
 * A file this app serves that holds a secret (the QR code of a new authenticator key, the backup code): never
 * stored by the browser, a proxy or the back button's cache.
 */
public final class SecretResource {

    private SecretResource() {
    }

    public static StreamResource of(String fileName, String contentType, byte[] content) {
        byte[] bytes = content.clone();
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes));
        resource.setContentType(contentType);
        resource.setCacheTime(0);
        resource.setHeader("Cache-Control", "no-store");
        return resource;
    }
}
