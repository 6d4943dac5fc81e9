package com.nordhost.clientarea.admin.scim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.apitokens.ApiAuthentication;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.apitokens.ApiTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.web.proxy.ForwardedClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The door of /scim/v2 (decision 0034): every request needs "Authorization: Bearer" and a valid, unrevoked API
 * token ({@link ApiTokens#authenticate}); otherwise 401 (429 with Retry-After while the caller's address waits after
 * wrong tokens), with an RFC 7644 §3.12 error body, before SCIMple sees the request. The accepted caller travels to
 * {@link CustomerUsers} as a request attribute. Endpoints the product does not serve (Bulk, Me, Groups) answer 501.
 */
@WebFilter(filterName = "clientarea-scim-api-token", urlPatterns = "/scim/*", asyncSupported = true)
public class ApiTokenFilter extends HttpFilter {

    static final String CALLER = ApiTokenFilter.class.getName() + ".caller";
    static final String ORIGIN = ApiTokenFilter.class.getName() + ".origin";
    private static final Set<String> NOT_SERVED = Set.of("Bulk", "Me", "Groups");
    private static final String SCIM_JSON = "application/scim+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ApiTokens tokens;

    @Inject
    DomainSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The client's address behind a trusted proxy, whichever filter runs first: throttles count per client.
        RequestOrigin origin = new RequestOrigin(ForwardedClientAddress.clientOf(request, settings == null ? Set.of()
                : settings.trustedProxies()), request.getHeader("User-Agent"));
        String header = request.getHeader("Authorization");
        String bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : null;
        ApiAuthentication answer = tokens.authenticate(bearer, origin);
        if (answer instanceof ApiAuthentication.Throttled throttled) {
            long seconds = Math.max(1, Duration.between(Clock.systemUTC().instant(), throttled.until()).toSeconds() + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            error(response, 429, "Too many wrong API tokens from this address: try again in " + seconds + " s.");
            return;
        }
        if (!(answer instanceof ApiAuthentication.Accepted accepted)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"scim\"");
            error(response, 401, "A valid API token is required (Authorization: Bearer <token>).");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.startsWith("/scim/v2/") ? path.substring("/scim/v2/".length()) : "";
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (NOT_SERVED.contains(first)) {
            error(response, 501, "/" + first + " is not served by this product (see docs/scim.md).");
            return;
        }
        ApiCaller caller = accepted.caller();
        request.setAttribute(CALLER, caller);
        request.setAttribute(ORIGIN, origin);
        chain.doFilter(request, response);
    }

    private static void error(HttpServletResponse response, int status, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:Error"));
        body.put("status", Integer.toString(status));
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(SCIM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
