package com.nordhost.clientarea.bench.vaadin;

import com.nordhost.clientarea.bench.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message from the server: the {@code uidl} of the init answer, or the body of a {@code v-r=uidl} response
 * ({@code for(;;);[{...}]}, the prefix that keeps it from being run as a script).
 */
public record UidlMessage(Map<String, Object> body) {

    private static final String GUARD = "for(;;);";

    public static UidlMessage fromUidlResponse(String text) {
        String json = text.startsWith(GUARD) ? text.substring(GUARD.length()) : text;
        Object parsed = Json.parse(json);
        if (parsed instanceof List<?> list) {
            if (list.isEmpty()) {
                throw new IllegalStateException("empty UIDL response");
            }
            parsed = list.get(0);
        }
        return new UidlMessage(Json.object(parsed));
    }

    public List<Object> changes() {
        Object c = body.get("changes");
        return c == null ? List.of() : Json.array(c);
    }

    public int syncId() {
        return NodeTree.number(body.get("syncId"));
    }

    /** The id the server expects on the client's next message. */
    public Optional<Integer> clientId() {
        return Optional.ofNullable(body.get("clientId")).map(NodeTree::number);
    }

    public Optional<String> securityKey() {
        return Optional.ofNullable((String) body.get("Vaadin-Security-Key"));
    }

    /**
     * Where a server-side {@code UI.navigate} sends the browser: the {@code url} argument of the script that
     * dispatches {@code vaadin-navigate}. Each {@code execute} entry is the script's arguments followed by the
     * script itself.
     */
    public Optional<String> navigationTarget() {
        Object execute = body.get("execute");
        if (execute == null) {
            return Optional.empty();
        }
        for (Object e : Json.array(execute)) {
            List<Object> call = Json.array(e);
            Object script = call.get(call.size() - 1);
            if (script instanceof String s && s.contains("'vaadin-navigate'") && call.size() >= 3) {
                return Optional.of(String.valueOf(call.get(1)));
            }
        }
        return Optional.empty();
    }

    /** Set when the server refuses the message (session expired, security key wrong, internal error). */
    public Optional<String> problem() {
        Object meta = body.get("meta");
        if (meta instanceof Map<?, ?> m) {
            if (Boolean.TRUE.equals(m.get("sessionExpired"))) {
                return Optional.of("session expired");
            }
            if (m.get("appError") != null) {
                return Optional.of("application error " + m.get("appError"));
            }
        }
        return Optional.empty();
    }
}
