package com.nordhost.clientarea.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** What a person does on a Vaadin page: type into a labelled field, press a button by its text. */
final class VaadinPage {

    private final Browser browser;

    VaadinPage(Browser browser) {
        this.browser = browser;
    }

    void type(String fieldId, String text) {
        onFreshElement(By.cssSelector("#" + fieldId + " input"), input -> {
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
        });
    }

    void press(String buttonText) {
        onFreshElement(By.xpath("//vaadin-button[normalize-space(.)='" + buttonText + "']"), button -> {
            // In the middle of the window, as a person scrolls to it: at the bottom edge a notification (Vaadin
            // shows them bottom-start for five seconds) would take the click of a button far down a long page.
            JavascriptExecutor page = browser.driver;
            page.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
            try {
                button.click();
            } catch (ElementClickInterceptedException covered) {
                // Still covered (an overlay that follows the scroll): the button's own click, as a keyboard user's.
                page.executeScript("arguments[0].click();", button);
            }
        });
    }

    /**
     * Vaadin may redraw a view right after it appears (a login view starts over on entering), which leaves
     * an element found a moment earlier detached: then it is found again, as a person's next look would.
     */
    private void onFreshElement(By locator, java.util.function.Consumer<WebElement> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.accept(browser.awaitElement(locator));
                return;
            } catch (StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException redrawn) {
                // Not interactable: the field is there but still being drawn (a busy machine, a view starting over).
                if (attempt == 3) {
                    throw redrawn;
                }
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw redrawn;
                }
            }
        }
    }

    void pressInDialog(String buttonText) {
        browser.awaitElement(By.xpath("//vaadin-dialog-overlay//vaadin-button[normalize-space(.)='" + buttonText
                + "'] | //vaadin-dialog-overlay/following::vaadin-button[normalize-space(.)='" + buttonText + "']"))
                .click();
    }

    void follow(String linkText) {
        browser.awaitElement(By.xpath("//*[self::a or self::vaadin-side-nav-item or self::vaadin-tab]"
                + "[normalize-space(.)='" + linkText + "']")).click();
    }
}
