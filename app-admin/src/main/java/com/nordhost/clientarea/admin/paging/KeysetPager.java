package com.nordhost.clientarea.admin.paging;

import com.vaadin.flow.data.provider.Query;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns the Grid's (offset, limit) requests into keyset fetches: it remembers the position (cursor) after
 * every row it has handed out, so the page at offset n starts after the cursor of row n-1
 * ({@code WHERE (key, id) > (:lastKey, :lastId) LIMIT n}) — the database never skips rows with OFFSET and
 * nobody counts the result. Used with {@code grid.setItems(pager::fetch)}: an undefined size that grows
 * as the agent scrolls. A jump past the remembered rows walks forward page by page from the last known one.
 *
 * @param <T> row type
 * @param <C> cursor type
 */
public final class KeysetPager<T, C> implements Serializable {

    /** Rows per walk step when the Grid asks beyond what was fetched so far. */
    private static final int WALK_PAGE = 200;

    private final transient BiFunction<C, Integer, List<T>> fetcher;
    private final transient Function<T, C> positionOf;
    /** offset -> cursor of the row before it (offset 0 has none). */
    private final TreeMap<Integer, C> cursors = new TreeMap<>();
    private int end = Integer.MAX_VALUE;

    public KeysetPager(BiFunction<C, Integer, List<T>> fetcher, Function<T, C> positionOf) {
        this.fetcher = Objects.requireNonNull(fetcher);
        this.positionOf = Objects.requireNonNull(positionOf);
    }

    public Stream<T> fetch(Query<T, ?> query) {
        return page(query.getOffset(), query.getLimit()).stream();
    }

    /** Rows [offset, offset + limit). */
    public List<T> page(int offset, int limit) {
        if (limit <= 0 || offset >= end) {
            return List.of();
        }
        Map.Entry<Integer, C> start = cursors.floorEntry(offset);
        int position = start == null ? 0 : start.getKey();
        C cursor = start == null ? null : start.getValue();
        while (position < offset) {
            List<T> skipped = fetchAndRemember(position, cursor, Math.min(WALK_PAGE, offset - position));
            if (skipped.isEmpty()) {
                return List.of();
            }
            position += skipped.size();
            cursor = positionOf.apply(skipped.get(skipped.size() - 1));
        }
        return fetchAndRemember(offset, cursor, limit);
    }

    private List<T> fetchAndRemember(int offset, C cursor, int limit) {
        List<T> rows = new ArrayList<>(fetcher.apply(cursor, limit));
        for (int i = 0; i < rows.size(); i++) {
            cursors.put(offset + i + 1, positionOf.apply(rows.get(i)));
        }
        if (rows.size() < limit) {
            end = offset + rows.size();
        }
        return rows;
    }
}
