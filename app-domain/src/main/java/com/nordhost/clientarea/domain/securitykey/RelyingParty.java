package com.nordhost.clientarea.domain.securitykey;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Who asks the authenticator (WebAuthn's "relying party"): its id, a registrable domain such as
 * {@code clientarea.nordhost.se} or {@code localhost} (never an IP address), and the origins the browser's answers
 * may come from ({@code https://clientarea.nordhost.se}). By default both come from the client area's public
 * address ({@code clientarea.customer.url}).
 */
public record RelyingParty(String id, List<String> origins) {

    public RelyingParty {
        if (id == null || id.isBlank() || id.contains("/") || id.contains(":")) {
            throw new IllegalArgumentException("The relying-party id must be a host name, not " + id + ".");
        }
        if (id.matches("[0-9.]+")) {
            throw new IllegalArgumentException("The relying-party id must be a domain name, not the IP address "
                    + id + " (browsers refuse WebAuthn there).");
        }
        origins = List.copyOf(Objects.requireNonNull(origins, "The origins are required."));
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("At least one WebAuthn origin is required.");
        }
        for (String origin : origins) {
            URI uri = URI.create(origin);
            String host = uri.getHost();
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || host == null
                    || (uri.getPath() != null && !uri.getPath().isEmpty())
                    || !(host.equals(id) || host.endsWith("." + id))) {
                throw new IllegalArgumentException("The WebAuthn origin " + origin
                        + " must be scheme://host[:port] on " + id + " or below it.");
            }
        }
    }

    /**
     * Id and origin from the client area's public address: {@code https://ca.example:8443/} gives both. Null for an
     * address on an IP address, which browsers do not accept as a relying party: security keys are then not offered.
     */
    public static RelyingParty fromUrl(String customerUrl) {
        URI uri = URI.create(customerUrl);
        if (uri.getHost() == null || uri.getHost().matches("[0-9.]+") || uri.getHost().startsWith("[")) {
            return null;
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new RelyingParty(uri.getHost(), List.of(origin));
    }
}
