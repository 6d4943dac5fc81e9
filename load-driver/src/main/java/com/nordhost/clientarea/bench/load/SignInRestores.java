package com.nordhost.clientarea.bench.load;

import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What it costs a node to restore a sign-in from the database (decision 0037): customers sign in; each opens the
 * start page once more in the browser it signed in with (its in-memory session still there: the baseline), and
 * once in a browser that kept only the sign-in cookie, as after its node died or its session ended in memory. The
 * difference is the restore. Sequential, so each figure is one request's time with nothing queued beside it.
 */
public final class SignInRestores {

    private static final String SIGN_IN_COOKIE = "CLIENTAREA_SIGNIN";

    private final UserPool pool;
    private final URI root;
    private final ProcessProbe server;

    public SignInRestores(UserPool pool, URI root, ProcessProbe server) {
        this.pool = pool;
        this.root = root;
        this.server = server;
    }

    public Map<String, Object> measure(int count) throws Exception {
        HttpClient http = UiConnection.newHttpClient();
        List<UiConnection> browsers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserPool.User user = pool.take(Long.MAX_VALUE);
            try {
                UiConnection ui = new UiConnection(http, root);
                new CustomerLogin(http, root).signIn(ui, user.account().email(), user.account().password(),
                        () -> pool.codeFor(user));
                browsers.add(ui);
            } finally {
                pool.giveBack(user);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("signed_in", browsers.size());
        figures.put("same_session", openStartPage(browsers, false));
        figures.put("restored", openStartPage(browsers, true));
        return figures;
    }

    private Map<String, Object> openStartPage(List<UiConnection> browsers, boolean onlySignInCookie)
            throws Exception {
        HttpClient http = UiConnection.newHttpClient();
        double[] millis = new double[browsers.size()];
        int signedIn = 0;
        double cpuBefore = server.cpuSeconds();
        for (int i = 0; i < browsers.size(); i++) {
            UiConnection signedInBrowser = browsers.get(i);
            String signInCookie = SIGN_IN_COOKIE + "=" + signedInBrowser.cookies().get(SIGN_IN_COOKIE)
                    .orElseThrow(() -> new LoginFailure("no " + SIGN_IN_COOKIE + " cookie after the login"));
            // A new tab of the same browser: a fresh page over the cookies it has (all, or only the sign-in's).
            UiConnection ui = new UiConnection(http, root);
            ui.cookies().store(onlySignInCookie ? List.of(signInCookie)
                    : List.of(signedInBrowser.cookies().header().orElseThrow().split("; ")));
            long start = System.nanoTime();
            ui.open("");
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (CustomerLogin.showsSignedIn(ui)) {
                signedIn++;
            }
        }
        double cpu = server.cpuSeconds() - cpuBefore;
        Latencies latencies = new Latencies(millis);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pages", browsers.size());
        figures.put("signed_in_after", signedIn);
        figures.put("p50_ms", round(latencies.percentile(50)));
        figures.put("p95_ms", round(latencies.percentile(95)));
        figures.put("server_cpu_ms_per_page", browsers.isEmpty() ? null : round(cpu * 1000 / browsers.size()));
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
