package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.confirmation.AfterPassword;
import com.nordhost.clientarea.domain.privacy.DataExport;
import com.nordhost.clientarea.domain.privacy.MyDataExport;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.twofactor.DialogButtons;
import com.nordhost.clientarea.web.twofactor.SecretResource;
import com.nordhost.clientarea.web.twofactor.SettingsDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

/**
 * "Download my data" (decision 0031): the password first, then the same data as two files, JSON and text. The files
 * are made once, when the password is granted, and served with {@code no-store}: they hold personal data.
 */
public class DownloadMyDataDialog extends SettingsDialog {

    private final MyDataExport myData;
    private final AccountId accountId;
    private final ZoneId zone;
    private final VerticalLayout body = new VerticalLayout();
    private final PasswordPrompt prompt;

    public DownloadMyDataDialog(MyDataExport myData, AccountId accountId, ZoneId zone) {
        this.myData = myData;
        this.accountId = accountId;
        this.zone = zone;
        setId("my-data-dialog");
        setHeaderTitle(getTranslation("myData.dialog.title"));
        DialogButtons.addCloseX(this);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");
        body.setPadding(false);
        add(body);

        prompt = new PasswordPrompt(getTranslation("myData.intro"), getTranslation("myData.password"),
                getTranslation("myData.submit"), "my-data-password", "my-data-submit", this::export);
        body.add(prompt);
        prompt.focusPassword();
    }

    private void export(String password) {
        AfterPassword<DataExport> answer = myData.export(accountId, password, RequestOrigins.current());
        if (answer instanceof AfterPassword.Granted<DataExport> granted) {
            offer(granted.value());
        } else if (answer instanceof AfterPassword.WrongPassword) {
            prompt.wrongPassword();
        } else if (answer instanceof AfterPassword.TryLater) {
            prompt.tryLater();
        } else {
            prompt.refuse(getTranslation("myData.notAllowed"));
        }
    }

    private void offer(DataExport export) {
        Locale locale = Locale.forLanguageTag(export.details().language());
        String text = MyDataFiles.text(export, (key, params) -> getTranslation(locale, key, params), locale, zone);
        Anchor json = download(export.fileStem() + ".json", "application/json; charset=utf-8",
                MyDataFiles.json(export), "myData.json", "my-data-json");
        Anchor plain = download(export.fileStem() + ".txt", "text/plain; charset=utf-8", text, "myData.text",
                "my-data-text");
        Button close = DialogButtons.redPrimary(getTranslation("common.close"), event -> close());
        close.setId("my-data-close");
        body.removeAll();
        body.add(new Paragraph(getTranslation("myData.ready")), json, plain, close);
        close.focus();
    }

    private Anchor download(String fileName, String contentType, String content, String labelKey, String id) {
        Anchor anchor = new Anchor(SecretResource.of(fileName, contentType, content.getBytes(StandardCharsets.UTF_8)),
                getTranslation(labelKey));
        anchor.getElement().setAttribute("download", fileName);
        anchor.setId(id);
        return anchor;
    }
}
