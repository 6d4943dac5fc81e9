package com.nordhost.clientarea.web.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds back the next request of a browser that was just told "too many attempts, wait" (hardening round two,
 * item 12), without holding a thread: the request is suspended (servlet async), a timer resumes it when the
 * hold is over, and only then does the application see it. A script looping throttled attempts thus makes about
 * one a second per session, as the person who was throttled was told to wait anyway, while request threads stay
 * free for everybody else (600 sleeping ones took other visitors' page loads from 7 ms to 2.2 s).
 * <p>
 * At most {@link #MAX_HELD} requests wait at once per application; beyond that a held session's request is
 * answered 503 with {@code Retry-After} at once, which costs less than serving it.
 * <p>
 * Declared in each app's web.xml, so it comes before the filters declared by annotation: a held request has met
 * none of them when it is suspended, and the ASYNC dispatch that resumes it runs them all (each is mapped for
 * REQUEST and ASYNC). Continuing the suspended filter chain from another thread is not possible in this server
 * (its chain is recycled when the first thread returns).
 */
public class HeldBackRequests extends HttpFilter {

    public static final Duration HOLD = Duration.ofSeconds(1);
    static final int MAX_HELD = 5_000;
    private static final String HELD_UNTIL = HeldBackRequests.class.getName() + ".heldUntil";

    private final AtomicInteger waiting = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "clientarea-held-back-requests");
        thread.setDaemon(true);
        return thread;
    });

    /** The session's next request waits until {@link #HOLD} from now. */
    public static void holdNextRequest(WrappedSession session) {
        session.setAttribute(HELD_UNTIL, System.currentTimeMillis() + HOLD.toMillis());
    }

    /** Requests suspended right now (for monitoring and tests). */
    public int waiting() {
        return waiting.get();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long wait = remainingHold(request.getSession(false));
        if (wait <= 0 || request.getDispatcherType() != DispatcherType.REQUEST || !request.isAsyncSupported()) {
            chain.doFilter(request, response);
            return;
        }
        if (waiting.incrementAndGet() > MAX_HELD) {
            waiting.decrementAndGet();
            response.setHeader("Retry-After", Long.toString(Math.max(1, (wait + 999) / 1000)));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        AsyncContext suspended = request.startAsync();
        suspended.setTimeout(wait + Duration.ofSeconds(60).toMillis());
        // The timer's thread only hands the request back; the container dispatches it again on its own thread.
        timer.schedule(() -> {
            waiting.decrementAndGet();
            suspended.dispatch();
        }, wait, TimeUnit.MILLISECONDS);
    }

    private static long remainingHold(HttpSession session) {
        if (session == null) {
            return 0;
        }
        Object until;
        try {
            until = session.getAttribute(HELD_UNTIL);
        } catch (IllegalStateException invalidated) {
            return 0;
        }
        if (!(until instanceof Long at)) {
            return 0;
        }
        long remaining = at - System.currentTimeMillis();
        if (remaining <= 0) {
            session.removeAttribute(HELD_UNTIL);
        }
        return remaining;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
