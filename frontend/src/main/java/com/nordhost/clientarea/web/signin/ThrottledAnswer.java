package com.nordhost.clientarea.web.signin;

import java.time.Duration;

/**
 * Holds back the "too many attempts, wait" answer for a moment before it is sent. Such an answer costs the server
 * almost nothing (the throttle is checked before any password hash), so a script that floods wrong passwords at
 * full speed would otherwise spend the server's CPU on page loads and keep real customers waiting behind it.
 * Held back, each of its connections makes about one attempt a second; the person who is throttled was told to
 * wait anyway. The wait sleeps only this browser's request: other sessions are served meanwhile.
 */
final class ThrottledAnswer {

    static final Duration HOLD = Duration.ofSeconds(1);

    private ThrottledAnswer() {
    }

    static void holdBack() {
        try {
            Thread.sleep(HOLD.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
