package com.nordhost.clientarea.web.cookies;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CookieHeadersTest {

    private static HttpServletRequest request(boolean secure, String remote, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(CookieHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
    }

    @Test
    void https_is_the_connection_or_a_trusted_proxys_word() {
        Set<String> proxies = Set.of("10.0.0.5");
        assertThat(CookieHeaders.isHttps(request(true, "203.0.113.7", Map.of()), proxies)).isTrue();
        assertThat(CookieHeaders.isHttps(request(false, "203.0.113.7", Map.of()), proxies)).isFalse();
        assertThat(CookieHeaders.isHttps(request(false, "10.0.0.5", Map.of("X-Forwarded-Proto", "https")), proxies))
                .isTrue();
        assertThat(CookieHeaders.isHttps(request(false, "10.0.0.5", Map.of("X-Forwarded-Proto", "http")), proxies))
                .isFalse();
        assertThat(CookieHeaders.isHttps(request(false, "203.0.113.7", Map.of("X-Forwarded-Proto", "https")),
                proxies)).as("anyone else's header is ignored").isFalse();
        assertThat(CookieHeaders.isHttps(request(false, "10.0.0.5", Map.of("X-Forwarded-Proto", "https")),
                Set.of())).as("no proxy is trusted by default").isFalse();
    }

    @Test
    void every_attribute_is_written_out() {
        assertThat(CookieHeaders.setCookie("CLIENTAREA_SESSION", "abc", "", -1, false))
                .isEqualTo("CLIENTAREA_SESSION=abc; Path=/; HttpOnly; SameSite=Lax");
        assertThat(CookieHeaders.setCookie("CLIENTAREA_DEVICE", "1.2.3.4", "/app", 15552000, true))
                .isEqualTo("CLIENTAREA_DEVICE=1.2.3.4; Path=/app; Max-Age=15552000; HttpOnly; SameSite=Lax; Secure");
    }
}
