package com.nordhost.clientarea.web.twofactor;

import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * What an authenticator app is given: "Scan the QR code…", the QR code (id {@code <prefix>-qr}), the key in groups
 * for typing by hand (id {@code <prefix>-secret}, a read-only text with its own accessible name, and a Copy button
 * beside it), and for a phone, which cannot scan its own screen, the key as an {@code otpauth://} link the app opens
 * (id {@code <prefix>-open-in-app}). The wizard and "Add an authenticator app" show the same.
 */
public final class KeyToScan {

    private KeyToScan() {
    }

    /** @param host the dialog the parts go into, whose language they speak */
    public static Component[] parts(Component host, PendingEnrollment pending, String idPrefix) {
        Div qr = new Div(QrCodeImage.of(pending.keyUri(), host.getTranslation("enroll.qrAlt"), idPrefix + "-qr"));
        qr.addClassName("qr-frame");

        String grouped = pending.secret().groupedForTyping();
        Span secret = new Span(grouped);
        secret.setId(idPrefix + "-secret");
        secret.addClassName("secret-for-typing");
        // Read out as what it is (a key to copy), not as a run of letters in a sentence.
        secret.getElement().setAttribute("role", "textbox");
        secret.getElement().setAttribute("aria-readonly", "true");
        secret.getElement().setAttribute("aria-label", host.getTranslation("enroll.keyName"));
        secret.getElement().setAttribute("tabindex", "0");
        Button copy = new Button(host.getTranslation("enroll.copyKey"), VaadinIcon.COPY.create());
        copy.setId(idPrefix + "-copy-key");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(event -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", pending.secret().base32());
            Notification.show(host.getTranslation("enroll.keyCopied"), 3000, Notification.Position.MIDDLE);
        });
        Paragraph byHand = new Paragraph(host.getTranslation("enroll.byHand") + " ");
        byHand.add(secret, new Span(" "), copy);

        Anchor openInApp = new Anchor(pending.keyUri(), host.getTranslation("enroll.openInApp"));
        openInApp.setId(idPrefix + "-open-in-app");
        Paragraph onPhone = new Paragraph(host.getTranslation("enroll.onPhone") + " ");
        onPhone.add(openInApp);
        onPhone.setId(idPrefix + "-on-a-phone");
        return new Component[] {new Paragraph(host.getTranslation("enroll.scan")), qr, byHand, onPhone};
    }
}
