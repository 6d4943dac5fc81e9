package com.nordhost.clientarea.web.twofactor;

import com.nordhost.clientarea.domain.backupcode.BackupCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;

import java.nio.charset.StandardCharsets;

/**
 * The backup code, shown once: the code itself (id {@code backup-code}), Copy and Download, and the warning
 * to keep it somewhere safe.
 */
public class BackupCodePanel extends Div {

    public BackupCodePanel(BackupCode code, String companyName) {
        addClassName("backup-code-panel");
        Span value = new Span(code.display());
        value.setId("backup-code");
        value.addClassName("backup-code");

        Button copy = new Button(getTranslation("backupCode.copy"), VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.addClickListener(event -> {
            // The one bit of JavaScript: the browser's clipboard. No custom module.
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", code.display());
            Notification.show(getTranslation("backupCode.copied"), 3000, Notification.Position.MIDDLE);
        });

        String fileText = getTranslation("backupCode.fileText", companyName, code.display()) + "\n";
        byte[] bytes = fileText.getBytes(StandardCharsets.UTF_8);
        StreamResource file = SecretResource.of("backup-code.txt", "text/plain; charset=utf-8", bytes);
        Anchor download = new Anchor(file, getTranslation("backupCode.download"));
        download.getElement().setAttribute("download", true);
        download.setId("backup-code-download");

        Paragraph warning = new Paragraph(getTranslation("backupCode.warning"));
        warning.addClassName("alert");
        warning.setId("backup-code-warning");

        HorizontalLayout row = new HorizontalLayout(value, copy, download);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        add(new Paragraph(getTranslation("backupCode.intro")), row, warning);
    }
}
