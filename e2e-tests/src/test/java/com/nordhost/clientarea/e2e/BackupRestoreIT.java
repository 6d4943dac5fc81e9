package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What an operator does: bin/backup while the server runs and a customer has just turned 2FA on; the data folder
 * is lost; bin/restore with the server stopped; after the start the customer signs in with the password and a
 * code from the same app. The backup holds the key file too, or the code could not be checked.
 */
class BackupRestoreIT {

    private static final Path ROOT = Path.of(System.getProperty("clientarea.root", "..")).toAbsolutePath().normalize();

    @Test
    void a_customer_signs_in_with_their_code_after_a_backup_is_restored() throws Exception {
        Path data = Files.createTempDirectory(ROOT.resolve("e2e-tests/target"), "backup-data");
        Path backup = data.getParent().resolve(data.getFileName() + "-backup");
        CustomerSteps.Enrolled enrolled;
        try (RunningProduct product = RunningProduct.start(Map.of("CLIENTAREA_DATA_DIR", data.toString()));
             Browser browser = new Browser()) {
            CustomerSteps customer = new CustomerSteps(browser, "backup");
            browser.open(product.customerUrl);
            customer.logInWithPassword();
            browser.awaitText("Welcome");
            customer.openSecuritySettings();
            enrolled = customer.enableTwoFactor();
            customer.logOut();

            Result made = run(data, product.backOfficeUrl.getPort(), "bin/backup", backup.toString());
            System.out.println(made.output());
            assertThat(made.exit()).as(made.output()).isZero();
            assertThat(made.output()).contains("RESULT: OK");
            assertThat(Files.getPosixFilePermissions(backup.resolve("secret-keys.properties")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.size(backup.resolve("clientarea.zip"))).isPositive();

            Result refused = run(data.resolve("elsewhere"), product.backOfficeUrl.getPort(), "bin/backup",
                    backup.resolveSibling("refused").toString());
            assertThat(refused.exit()).as("no token, no backup: %s", refused.output()).isNotZero();
        }

        // The disaster: the database and the key file are gone.
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("clientarea.")
                    || p.getFileName().toString().equals("secret-keys.properties")).toList()) {
                Files.delete(f);
            }
        }
        Result restored = run(data, RunningProduct.freePort(), "bin/restore", backup.toString());
        System.out.println(restored.output());
        assertThat(restored.exit()).as(restored.output()).isZero();

        try (RunningProduct product = RunningProduct.start(Map.of("CLIENTAREA_DATA_DIR", data.toString()));
             Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            new CustomerSteps(browser, "restored").logInWithPassword();
            browser.awaitText("Open your 2FA app");
            page.type("second-factor-code", enrolled.app().nextCode());
            browser.awaitElement(By.cssSelector("#second-factor-code input")).sendKeys(Keys.ENTER);
            browser.awaitText("Welcome");
            browser.screenshot("backup-restored-signed-in-with-code");
        }
    }

    record Result(int exit, String output) {
    }

    private static Result run(Path dataDir, int adminPort, String command, String argument)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", ROOT.resolve(command).toString(), argument))
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("CLIENTAREA_DATA_DIR", dataDir.toString());
        builder.environment().put("CLIENTAREA_ADMIN_PORT", Integer.toString(adminPort));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
