package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Customers of a test's own, so that it does not depend on what other tests did to the demo customer: imported with
 * {@code bin/import-customers} as an operator would (decision 0033), with the PHP manual's bcrypt of
 * {@value #PASSWORD} (a known vector of ForeignPasswordHashTest). Importing the same row again changes nothing.
 */
final class ImportedCustomers {

    static final String PASSWORD = "rasmuslerdorf";
    private static final String BCRYPT = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a";

    private ImportedCustomers() {
    }

    /** @param language "en" or "sv": the account's language, which the pages after the login speak */
    static void ensure(RunningProduct product, String email, String fullName, String language) throws Exception {
        Path csv = Files.createTempFile(product.dataDir.getParent(), "customers", ".csv");
        Files.writeString(csv, "email,full_name,city,customer_number,language,password_hash\n"
                + email + "," + fullName + ",Umeå,," + language + "," + BCRYPT + "\n", StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("clientarea.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("bin/import-customers").toString(),
                csv.toString()).redirectErrorStream(true);
        builder.environment().put("CLIENTAREA_DATA_DIR", product.dataDir.toString());
        builder.environment().put("CLIENTAREA_ADMIN_PORT", Integer.toString(product.backOfficeUrl.getPort()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Files.deleteIfExists(csv);
    }
}
