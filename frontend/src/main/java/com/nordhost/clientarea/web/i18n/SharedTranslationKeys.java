package com.nordhost.clientarea.web.i18n;

import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.totp.CodeProblem;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The translation keys the shared components of this jar use. Vaadin's DefaultI18NProvider reads one bundle
 * per app, so each WAR's {@code vaadin-i18n/translations[_sv].properties} must define these; each app's
 * translation test checks it does.
 */
public final class SharedTranslationKeys {

    public static final List<String> KEYS = Stream.concat(Stream.of(
                    "common.close", "common.closeDialog", "common.wrongPassword", "language.label",
                    // web.layout.TopBar
                    "menu.toggle", "menu.logOut",
                    // web.login.SignInFlow: each app words these its own way
                    "login.title", "login.email", "login.password", "login.submit", "login.badCredentials",
                    "login.tryLater", "login.startAgain", "login.continue", "login.newBackupCodeTitle", "login.backupCodeUsed",
                    // web.signin.EnrolmentAtLogin (decision 0046)
                    "login.enrollTitle", "login.enrollRequired", "login.enrollStart", "login.enrollNotDone",
                    "login.cancel",
                    "backupCode.intro", "backupCode.copy", "backupCode.copied", "backupCode.download",
                    "backupCode.fileText", "backupCode.warning",
                    "enroll.title", "enroll.intro", "enroll.introApps", "enroll.getStarted", "enroll.scan",
                    "enroll.qrAlt", "enroll.byHand", "enroll.codeLabel", "enroll.submit", "enroll.wrongCode",
                    "enroll.expired", "enroll.activated",
                    "secondFactor.title", "secondFactor.instructions", "secondFactor.backupInstructions",
                    "secondFactor.codeLabel", "secondFactor.backupCodeLabel", "secondFactor.submit",
                    "secondFactor.useBackupCode", "secondFactor.useAppCode", "secondFactor.wrongCode",
                    "secondFactor.wrongBackupCode", "code.clockAhead", "code.clockBehind",
                    "secondFactor.tryLater", "error.title", "error.unexpected",
                    "error.notFound.title", "error.notFound.text", "error.accessDenied.title",
                    "error.accessDenied.text", "error.backToStart"),
            Stream.concat(Arrays.stream(CodeProblem.values()).map(CodeProblem::messageKey),
                    Arrays.stream(PasswordProblem.values()).map(PasswordProblem::messageKey))).toList();

    private SharedTranslationKeys() {
    }
}
