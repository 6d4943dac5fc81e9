package com.nordhost.clientarea.bench.load;

import java.net.http.HttpClient;
import java.util.Optional;

/** One attempt of a load, as one worker runs it again and again. */
@FunctionalInterface
public interface Workload {

    /**
     * @return empty when the attempt succeeded, or a note on what it saw (counted); null when nothing could be
     * attempted before the deadline (no account free), which ends the worker
     * @throws LoginFailure counted under its kind as an error (any other exception under its class and message)
     */
    Optional<String> attempt(HttpClient http, long deadlineMillis) throws Exception;
}
