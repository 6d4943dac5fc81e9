package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A person with a keyboard and no mouse: keys go to whatever has the focus, and what has the focus is read the way a
 * sighted keyboard user reads it, by its visible focus indicator.
 */
final class Keyboard {

    /** Where the focus is: the component it belongs to (its id, its text or label), and how it is shown. */
    record Focus(String tag, String id, String text, boolean inDialog, boolean focusVisible, String indicator) {

        boolean is(String idOrText) {
            return idOrText.equals(id) || idOrText.equals(text);
        }

        @Override
        public String toString() {
            return tag + (id.isEmpty() ? "" : "#" + id) + (text.isEmpty() ? "" : " '" + text + "'")
                    + (inDialog ? " (in dialog)" : "");
        }
    }

    private static final String FOCUS_SCRIPT = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body) return {tag: 'body', id: '', text: '', inDialog: false,
                focusVisible: false, indicator: null};
            const root = el.getRootNode();
            let host = root instanceof ShadowRoot ? root.host : el;
            const field = host.closest('vaadin-text-field, vaadin-password-field, vaadin-email-field, vaadin-checkbox,'
                + ' vaadin-select, vaadin-button, vaadin-side-nav-item, vaadin-tab, vaadin-details-summary');
            if (field) host = field;
            const shown = (e) => {
              if (!e) return null;
              const s = getComputedStyle(e);
              if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return 'outline ' + s.outlineWidth;
              if (s.boxShadow && s.boxShadow !== 'none') return 'box-shadow';
              return null;
            };
            let indicator = shown(el) || shown(host);
            if (!indicator && host.shadowRoot) {
              for (const part of host.shadowRoot.querySelectorAll(
                  '[part~="input-field"], [part~="link"], [part~="checkbox"], [part~="content"]')) {
                indicator = shown(part);
                if (indicator) break;
              }
            }
            const text = (host.label || host.getAttribute('aria-label') || host.innerText || host.textContent || '')
                .trim().replace(/\\s+/g, ' ');
            const withId = host.closest('[id]');
            return {tag: host.localName, id: withId ? withId.id : '', text: text.substring(0, 80),
                inDialog: !!host.closest('vaadin-dialog-overlay, vaadin-dialog'),
                focusVisible: host.matches(':focus-visible') || host.hasAttribute('focus-ring')
                    || el.matches(':focus-visible'),
                indicator: indicator};
            """;

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    void shiftTab() {
        new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Typed key by key into whatever has the focus. */
    void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    /**
     * What a paste or the platform's one-time-code autofill does: the whole text inserted at once into the focused
     * field (Chromium's own text insertion, as its paste and autofill use it).
     */
    void paste(String text) {
        browser.driver.executeCdpCommand("Input.insertText", Map.of("text", text));
    }

    @SuppressWarnings("unchecked")
    Focus focus() {
        Map<String, Object> f = (Map<String, Object>) browser.driver.executeScript(FOCUS_SCRIPT);
        return new Focus((String) f.get("tag"), (String) f.get("id"), (String) f.get("text"),
                Boolean.TRUE.equals(f.get("inDialog")), Boolean.TRUE.equals(f.get("focusVisible")),
                (String) f.get("indicator"));
    }

    /** Waits (a busy server answers late) until the focus is on the component with this id or text. */
    Focus awaitFocusOn(String idOrText) {
        browser.wait.withMessage(() -> "focus on '" + idOrText + "'; it is on " + focus())
                .until(d -> focus().is(idOrText));
        return assertVisible(focus());
    }

    /** Presses Tab (or Shift-Tab) until the focus is on {@code idOrText}, each stop shown with a focus indicator. */
    Focus tabTo(String idOrText, boolean backwards) {
        List<String> path = new ArrayList<>();
        for (int press = 0; press < 40; press++) {
            if (backwards) {
                shiftTab();
            } else {
                press(Keys.TAB);
            }
            Focus now = focus();
            path.add(now.toString());
            if (!now.tag().equals("body")) {
                assertVisible(now);
            }
            if (now.is(idOrText)) {
                return now;
            }
        }
        throw new AssertionError("Tab never reached '" + idOrText + "'; it went " + String.join(" > ", path));
    }

    Focus tabTo(String idOrText) {
        return tabTo(idOrText, false);
    }

    /** WCAG 2.4.7: a keyboard user sees where the focus is (the theme's 3 px outline, or Lumo's focus ring). */
    static Focus assertVisible(Focus focus) {
        assertThat(focus.focusVisible()).as("%s is :focus-visible", focus).isTrue();
        assertThat(focus.indicator()).as("%s shows a focus indicator", focus).isNotNull();
        return focus;
    }

}
