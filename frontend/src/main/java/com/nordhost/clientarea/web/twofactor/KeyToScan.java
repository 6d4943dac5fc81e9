package com.nordhost.clientarea.web.twofactor;

import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * What an authenticator app is given: "Scan the QR code…", the QR code (id {@code <prefix>-qr}) and the key in groups
 * for typing by hand (id {@code <prefix>-secret}). The wizard and "Add an authenticator app" show the same.
 */
public final class KeyToScan {

    private KeyToScan() {
    }

    /** @param host the dialog the parts go into, whose language they speak */
    public static Component[] parts(Component host, PendingEnrollment pending, String idPrefix) {
        Div qr = new Div(QrCodeImage.of(pending.keyUri(), host.getTranslation("enroll.qrAlt"), idPrefix + "-qr"));
        qr.addClassName("qr-frame");
        Span secret = new Span(pending.secret().groupedForTyping());
        secret.setId(idPrefix + "-secret");
        secret.addClassName("secret-for-typing");
        Paragraph byHand = new Paragraph(host.getTranslation("enroll.byHand") + " ");
        byHand.add(secret);
        return new Component[] {new Paragraph(host.getTranslation("enroll.scan")), qr, byHand};
    }
}
