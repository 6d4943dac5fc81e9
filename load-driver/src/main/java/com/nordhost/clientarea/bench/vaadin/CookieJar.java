package com.nordhost.clientarea.bench.vaadin;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One browser's cookies for one host, by name. Kept by hand because a new jar per login must cost nothing and
 * the product sends the session cookie twice in one response (the second with SameSite), where the last wins.
 */
public final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public void store(HttpResponse<?> response) {
        store(response.headers().allValues("set-cookie"));
    }

    /** Takes in {@code Set-Cookie} header values in the order they came. */
    public void store(List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim().toLowerCase();
                expired |= attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01-jan-1970");
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /** The {@code Cookie} request header, if there is anything to send. */
    public Optional<String> header() {
        return cookies.isEmpty() ? Optional.empty() : Optional.of(cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(cookies.get(name));
    }
}
