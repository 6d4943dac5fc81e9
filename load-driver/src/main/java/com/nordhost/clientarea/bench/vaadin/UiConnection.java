package com.nordhost.clientarea.bench.vaadin;

import com.nordhost.clientarea.bench.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One browser tab on a Vaadin Flow 24 application, speaking the protocol of Vaadin's own client:
 * <ol>
 *     <li>{@code GET /<route>}: the bootstrap page (and the session cookie);</li>
 *     <li>{@code GET /?v-r=init&location=<route>&query=}: the UI, its security key (CSRF token) and sync id;</li>
 *     <li>{@code POST /?v-r=uidl&v-uiId=<ui>}: the router's {@code ui-navigate} event on the UI node, which
 *     builds the view; then each user action as {@code mSync} (a field's value) and {@code event} (a click)
 *     entries of {@code rpc}, with {@code csrfToken}, {@code syncId} and {@code clientId}.</li>
 * </ol>
 * The paths are relative to the page's {@code <base href=".">}, i.e. the context root, as the client sends
 * them. Static resources (the JavaScript bundle, theme) are not fetched: a returning browser has them cached.
 * Not thread-safe: one tab, one thread.
 */
public final class UiConnection {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int UI_NODE = 1;

    private final HttpClient http;
    private final URI root;
    private final CookieJar cookies = new CookieJar();
    private final NodeTree tree = new NodeTree();
    private final List<Object> pending = new ArrayList<>();
    private String securityKey;
    private String uiId;
    private int syncId;
    private int clientId;

    /** @param root the application's context root, ending in {@code /} */
    public UiConnection(HttpClient http, URI root) {
        this.http = http;
        this.root = root;
    }

    /** An HTTP/1.1 client as a browser would use on plain http (no h2c upgrade attempt). */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Loads the page of {@code route} as a browser arriving there does, up to the rendered view. */
    public UidlMessage open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(root.resolve(route)).GET()
                .header("Accept", "text/html"));
        expectOk(page, "GET /" + route);
        HttpResponse<String> init = send(HttpRequest.newBuilder(root.resolve("?v-r=init&location=" + route
                + "&query=")).GET().header("Accept", "application/json"));
        expectOk(init, "init");
        Map<String, Object> appConfig = Json.object(Json.object(Json.parse(init.body())).get("appConfig"));
        uiId = String.valueOf(appConfig.get("v-uiId"));
        UidlMessage initial = new UidlMessage(Json.object(appConfig.get("uidl")));
        accept(initial);
        navigate(route);
        return flush();
    }

    /** The router's {@code ui-navigate} event to {@code route}, as the client sends it when a link is followed. */
    public void navigate(String route) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("route", route);
        detail.put("query", "");
        detail.put("appShellTitle", "");
        detail.put("historyState", null);
        detail.put("trigger", "");
        event(UI_NODE, "ui-navigate", detail);
    }

    /** Types {@code value} into the field: the value property, then the {@code change} event if it listens. */
    public void type(NodeTree.Node field, String value) {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("type", "mSync");
        sync.put("node", field.id());
        sync.put("feature", NodeTree.ELEMENT_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        pending.add(sync);
        if (field.listensTo("change")) {
            event(field.id(), "change", Map.of());
        }
    }

    /** A left click, with the event data a browser's click carries. */
    public void click(NodeTree.Node button) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 100);
        data.put("event.clientY", 200);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 300);
        data.put("event.screenX", 400);
        event(button.id(), "click", data);
    }

    private void event(int node, String name, Map<String, Object> data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "event");
        e.put("node", node);
        e.put("event", name);
        e.put("data", data);
        pending.add(e);
    }

    /** Sends what was typed and clicked since the last message, in one request, and applies the answer. */
    public UidlMessage flush() throws IOException, InterruptedException {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(takePending(),
                StandardCharsets.UTF_8));
        expectOk(response, "uidl");
        UidlMessage message = UidlMessage.fromUidlResponse(response.body());
        if (message.problem().isPresent()) {
            throw new IOException("UIDL refused: " + message.problem().get());
        }
        accept(message);
        return message;
    }

    /**
     * The UIDL message of what was typed and clicked since the last message, as {@link #flush} would send it,
     * and forgets it: for a test that sends it itself ({@link #post}), e.g. as a chunked body.
     */
    public String takePending() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", securityKey);
        body.put("rpc", new ArrayList<>(pending));
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        pending.clear();
        return Json.write(body);
    }

    /** Posts {@code body} as this tab's UIDL request and returns the answer as it is, applying nothing. */
    public HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(root.resolve("?v-r=uidl&v-uiId=" + uiId)).POST(body)
                .header("Content-Type", "application/json; charset=UTF-8"));
    }

    private void accept(UidlMessage message) {
        message.securityKey().ifPresent(key -> securityKey = key);
        syncId = message.syncId();
        clientId = message.clientId().orElse(clientId + 1);
        tree.apply(message.changes());
    }

    public NodeTree tree() {
        return tree;
    }

    public CookieJar cookies() {
        return cookies;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(TIMEOUT).header("User-Agent", "clientarea-load-driver/1");
        cookies.header().ifPresent(h -> request.header("Cookie", h));
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        cookies.store(response);
        return response;
    }

    private static void expectOk(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + " -> HTTP " + response.statusCode());
        }
    }

}
