package com.nordhost.clientarea.e2e;

import java.util.Map;

/**
 * Sees what a person would see for a moment only: the login page or Vaadin's "session expired" shown by a page just
 * before it reloads itself. A script Chromium runs in every document of the tab (reloads included) keeps any such
 * moment in the tab's sessionStorage, which outlives the reload, for {@link #seen}.
 */
final class SignedOutWatcher {

    static final String LOGIN_PAGE = "Log in to the Client area";

    private static final String SCRIPT = """
            if (!window.__signedOutWatcher) {
              let pending = false;
              const look = () => {
                pending = false;
                const text = document.body ? document.body.innerText : '';
                if (/session expired/i.test(text)) sessionStorage.setItem('sawSessionExpired', text.slice(0, 300));
                if (text.includes('%s')) sessionStorage.setItem('sawLoginPage', location.href);
              };
              // One look per burst of changes (a page draws itself in many), soon enough for anything a person sees.
              window.__signedOutWatcher = new MutationObserver(() => {
                if (!pending) { pending = true; setTimeout(look, 50); }
              });
              window.__signedOutWatcher.observe(document, {subtree: true, childList: true, characterData: true});
            }
            """.formatted(LOGIN_PAGE);

    private SignedOutWatcher() {
    }

    /** Watches this tab from now on, this page and every page it opens next, with a clean record. */
    static void watch(Browser browser) {
        browser.driver.executeScript("sessionStorage.removeItem('sawSessionExpired');"
                + " sessionStorage.removeItem('sawLoginPage');");
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
        browser.driver.executeScript(SCRIPT);
    }

    /** What the tab showed since {@link #watch}: "saw: " and the notice or the login page's address; null: nothing. */
    static String seen(Browser browser) {
        Object seen = browser.driver.executeScript("return sessionStorage.getItem('sawSessionExpired')"
                + " || sessionStorage.getItem('sawLoginPage')");
        return seen == null ? null : "saw: " + seen;
    }
}
