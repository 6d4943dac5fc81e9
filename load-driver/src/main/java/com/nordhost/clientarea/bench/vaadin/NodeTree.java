package com.nordhost.clientarea.bench.vaadin;

import com.nordhost.clientarea.bench.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client's copy of the server's state tree, kept up to date from the {@code changes} of each UIDL message,
 * as Vaadin's client does, so that fields and buttons can be found by their element id and their node id
 * used in the next request. Feature numbers are Flow's {@code NodeFeatures}.
 */
public final class NodeTree {

    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;

    /** One state node: the features a login needs as maps and lists of what the server put there. */
    public static final class Node {
        private final int id;
        private final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        private final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public Optional<String> tag() {
            return Optional.ofNullable((String) map(ELEMENT_DATA).get("tag"));
        }

        public Optional<String> attribute(String name) {
            Object value = map(ELEMENT_ATTRIBUTES).get(name);
            return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
        }

        public Optional<Object> property(String name) {
            return Optional.ofNullable(map(ELEMENT_PROPERTIES).get(name));
        }

        public boolean listensTo(String event) {
            return map(ELEMENT_LISTENERS).containsKey(event);
        }

        /** False once the server hid the component ({@code setVisible(false)}). */
        public boolean visible() {
            return !Boolean.FALSE.equals(map(ELEMENT_DATA).get("visible"));
        }

        List<Object> children() {
            return lists.getOrDefault(ELEMENT_CHILDREN, List.of());
        }

        Optional<String> ownText() {
            return Optional.ofNullable((String) map(TEXT_NODE).get("text"));
        }

        private Map<String, Object> map(int feature) {
            return maps.getOrDefault(feature, Map.of());
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();

    /** Applies one message's {@code changes} in order. */
    public void apply(List<Object> changes) {
        for (Object c : changes) {
            Map<String, Object> change = Json.object(c);
            int id = number(change.get("node"));
            String type = (String) change.get("type");
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            if ("attach".equals(type)) {
                continue;
            }
            int feature = number(change.get("feat"));
            switch (type) {
                case "put" -> node.maps.computeIfAbsent(feature, f -> new HashMap<>()).put((String) change.get("key"),
                        change.containsKey("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" -> node.maps.computeIfAbsent(feature, f -> new HashMap<>()).remove(change.get("key"));
                case "splice" -> splice(node.lists.computeIfAbsent(feature, f -> new ArrayList<>()), change);
                case "clear" -> {
                    node.lists.remove(feature);
                    node.maps.remove(feature);
                }
                default -> {
                    // Other change types carry nothing a login looks at.
                }
            }
        }
    }

    private static void splice(List<Object> list, Map<String, Object> change) {
        int index = Math.min(number(change.get("index")), list.size());
        int remove = change.containsKey("remove") ? number(change.get("remove")) : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        Object added = change.containsKey("addNodes") ? change.get("addNodes") : change.get("add");
        if (added != null) {
            list.addAll(index, Json.array(added));
        }
    }

    /** The element whose {@code id} attribute is {@code elementId}, if it is in the tree. */
    public Optional<Node> byElementId(String elementId) {
        return nodes.values().stream().filter(n -> n.attribute("id").filter(elementId::equals).isPresent())
                .findFirst();
    }

    /** The text of the node and its descendants, as the browser would render it (no spacing added). */
    public String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out, 0);
        return out.toString();
    }

    private void appendText(Node node, StringBuilder out, int depth) {
        if (depth > 64) {
            return;
        }
        node.ownText().ifPresent(out::append);
        for (Object child : node.children()) {
            Node c = nodes.get(number(child));
            if (c != null) {
                appendText(c, out, depth + 1);
            }
        }
    }

    public int size() {
        return nodes.size();
    }

    static int number(Object value) {
        return ((Number) value).intValue();
    }
}
