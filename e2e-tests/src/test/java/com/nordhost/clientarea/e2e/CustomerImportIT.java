package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer moves over from the hosting company's old billing system (decision 0033): the operator runs
 * {@code bin/import-customers} against the running server with a CSV whose row carries the old system's bcrypt hash
 * of a Unicode password; the customer signs in through the login page with the old password (and is greeted in the
 * row's language), the first sign-in
 * replaces the hash with the product's Argon2id (the server's security log says so), and the old password keeps
 * working. A re-run of the same file changes nothing and says so.
 */
@ExtendWith(ProductExtension.class)
class CustomerImportIT {

    private static final String EMAIL = "asa.imported@example.com";
    private static final String PASSWORD = "Åsa ключ 🔑 lösen";
    /** libxcrypt's (glibc crypt's) bcrypt of the password; ForeignPasswordHashTest checks it as a known vector. */
    private static final String BCRYPT = "$2y$10$Nordhost.Import.VectoevFbMEHj5j4Xg6JEVwS1BQgYGb03fb8G";

    @Test
    void an_imported_bcrypt_customer_signs_in_with_the_old_password(RunningProduct product) throws Exception {
        Path csv = Files.createTempFile(product.dataDir.getParent(), "customers", ".csv");
        Files.writeString(csv, "email,full_name,city,customer_number,language,password_hash\n"
                + EMAIL + ",Åsa Öberg,Umeå,WH-4711,sv," + BCRYPT + "\n"
                + "broken-address,Nobody,,,,\n", StandardCharsets.UTF_8);

        Command first = importCustomers(product, csv);
        System.out.println(first.output);
        assertThat(first.exit).as("a row was refused").isEqualTo(1);
        assertThat(first.output).contains("Line 3: E-mail address: That is not a valid e-mail address.",
                "2 rows: 1 imported (0 invited), 0 already imported and unchanged, 1 not imported.", "RESULT: FAILED");
        Command again = importCustomers(product, csv);
        assertThat(again.output).contains("2 rows: 0 imported (0 invited), 1 already imported and unchanged");

        // Other tests of the same product import and sign in customers of their own: count from here.
        int replacedBefore = replacements(product);
        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            logIn(browser, page, PASSWORD + "x");
            browser.awaitText("The e-mail address or the password is wrong.");
            assertThat(replacements(product)).as("a wrong password replaces nothing").isEqualTo(replacedBefore);

            browser.open(product.customerUrl);
            logIn(browser, page, PASSWORD);
            // Signed in, in the language of the import's row.
            browser.awaitText("Välkommen, Åsa Öberg");
            browser.screenshot("imp1-imported-customer-signed-in");
        }
        assertThat(replacements(product)).as("the bcrypt hash was replaced by Argon2id at the sign-in")
                .isEqualTo(replacedBefore + 1);

        try (Browser browser = new Browser()) {
            VaadinPage page = new VaadinPage(browser);
            browser.open(product.customerUrl);
            logIn(browser, page, PASSWORD);
            browser.awaitText("Välkommen, Åsa Öberg");
        }
        assertThat(replacements(product)).as("replaced once").isEqualTo(replacedBefore + 1);
    }

    private static int replacements(RunningProduct product) throws Exception {
        return product.serverLog().split("event=IMPORTED_PASSWORD_REPLACED", -1).length - 1;
    }

    private static void logIn(Browser browser, VaadinPage page, String password) {
        browser.awaitText("Log in to the Client area");
        page.type("login-email", EMAIL);
        page.type("login-password", password);
        page.press("Log in");
    }

    private record Command(int exit, String output) {
    }

    private static Command importCustomers(RunningProduct product, Path csv) throws Exception {
        Path root = Path.of(System.getProperty("clientarea.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("bin/import-customers").toString(),
                csv.toString()).redirectErrorStream(true);
        builder.environment().put("CLIENTAREA_DATA_DIR", product.dataDir.toString());
        builder.environment().put("CLIENTAREA_ADMIN_PORT", Integer.toString(product.backOfficeUrl.getPort()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Command(process.exitValue(), output);
    }
}
