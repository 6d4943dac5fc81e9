package com.nordhost.clientarea.web.proxy;

import com.nordhost.clientarea.domain.DomainSettings;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Behind a load balancer every request comes from the balancer's address, which would put all customers under
 * one per-address throttle and write the balancer into every audit line and security notice. When the peer is a
 * proxy named in {@code clientarea.trusted.proxies}, this filter makes {@code getRemoteAddr()} the client's
 * address from {@code X-Forwarded-For}: the right-most entry that is not itself a trusted proxy (entries further
 * left were written by the client and prove nothing). From any other peer the header is ignored.
 * Registered in both WARs by its annotation (this jar is in both).
 */
@WebFilter(filterName = "clientarea-forwarded-client-address", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class ForwardedClientAddress extends HttpFilter {

    /** Request attribute: the address of the TCP peer itself (the proxy, when there is one). */
    public static final String PEER_ATTRIBUTE = ForwardedClientAddress.class.getName() + ".peer";
    private static final int MAX_HOPS = 20;

    @Inject
    DomainSettings settings;

    public ForwardedClientAddress() {
    }

    /** For tests without a container. */
    ForwardedClientAddress(DomainSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String peer = peerAddress(request);
        request.setAttribute(PEER_ATTRIBUTE, peer);
        Set<String> proxies = settings == null ? Set.of() : settings.trustedProxies();
        String client = clientAddress(peer, forwardedFor(request), proxies);
        chain.doFilter(client.equals(peer) ? request : new FromClient(request, client), response);
    }

    /** The TCP peer, also when a wrapped request is asked after this filter ran. */
    public static String peerAddress(HttpServletRequest request) {
        return request.getAttribute(PEER_ATTRIBUTE) instanceof String peer ? peer : request.getRemoteAddr();
    }

    /**
     * The client's address: {@code peer} unless it is a trusted proxy, else the right-most hop of
     * {@code forwardedFor} (oldest first, as proxies append) that is not a trusted proxy.
     */
    static String clientAddress(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String client = peer;
        for (int i = forwardedFor.size() - 1; i >= 0 && forwardedFor.size() - i <= MAX_HOPS; i--) {
            String hop = forwardedFor.get(i);
            if (!looksLikeAddress(hop)) {
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        var headers = request.getHeaders("X-Forwarded-For");
        for (String header : headers == null ? List.<String>of() : Collections.list(headers)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    // An address goes into the audit trail and mails: only hex digits, dots and colons (IPv4, IPv6) get there.
    private static boolean looksLikeAddress(String hop) {
        return hop.length() <= 45 && !hop.isEmpty() && hop.chars().allMatch(
                c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }

    private static final class FromClient extends HttpServletRequestWrapper {

        private final String client;

        FromClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
