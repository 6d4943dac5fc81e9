package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two nodes behind HAProxy on one PostgreSQL, started with {@code bin/cluster} as an operator would: every rule
 * that keeps 2FA safe holds across nodes, and losing a node loses nothing. Node 1 and node 2 are reached on their
 * own listeners where the test needs to say which node does what; the balancer where customers come and go.
 * Runs when {@code CLIENTAREA_TEST_PG_URL} names a PostgreSQL server (as {@code .ci/run} sets it); needs
 * Debian's {@code haproxy}, which {@code .ci/run} installs.
 *
 * <p>Sign-ins live in the database (decision 0037): a customer on a killed node stays signed in on the other, and a
 * sign-out through one node ends a browser on the other at its next click.
 *
 * <p>The tests build on each other in order (2FA on, then locked, then removed), like the life of one account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String WRONG_CODE = "That code is not right.";
    private static final String TRY_LATER = "Too many wrong codes in a row.";
    private static final String LOCKED = "is locked after too many wrong codes";

    /** Customers of test 7, imported with the PHP manual's bcrypt example (their old system's hash of it). */
    private static final List<String> CLICKERS = List.of("Ada Ahlberg", "Bo Berg", "Cai Carlsson");
    private static final String PHP_PASSWORD = "rasmuslerdorf";
    private static final String PHP_BCRYPT = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a";

    private ThrowawayDatabase db;
    private ProductExtension.Mailbox mailbox;
    private Cluster cluster;
    private AuthenticatorApp app;
    private Browser supportAgent;

    @BeforeAll
    void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        db = ThrowawayDatabase.createIfConfigured("clientarea_cluster_").orElse(null);
        assumeTrue(db != null, "CLIENTAREA_TEST_PG_URL is not set: no PostgreSQL");

        mailbox = ProductExtension.Mailbox.start();
        Map<String, String> settings = new HashMap<>();
        settings.put("CLIENTAREA_DB_URL", db.url);
        settings.put("CLIENTAREA_DB_USER", db.user);
        settings.put("CLIENTAREA_DB_PASSWORD", db.password);
        settings.put("CLIENTAREA_DEMO_DATA", "true");
        settings.put("CLIENTAREA_MAIL_HOST", "127.0.0.1");
        settings.put("CLIENTAREA_MAIL_PORT", Integer.toString(mailbox.port()));
        settings.put("CLIENTAREA_DRAIN_SECONDS", "5");
        cluster = Cluster.up(2, settings);
        supportAgent = new Browser();
    }

    @AfterAll
    void stop() throws SQLException {
        if (supportAgent != null) {
            supportAgent.close();
        }
        if (cluster != null) {
            cluster.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void two_nodes_starting_at_the_same_moment_on_an_empty_database_migrate_it_once() throws Exception {
        String logs = cluster.nodeLog(1) + cluster.nodeLog(2);
        assertThat(Pattern.compile("migrated: \\d+ migration\\(s\\) applied").matcher(logs).results().count())
                .as("one of the four applications (two per node) migrates, the others find nothing to do")
                .isEqualTo(1);
        try (var files = Files.list(Path.of(System.getProperty("clientarea.root", ".."),
                "app-persistence/src/main/resources/db/migration"))) {
            long migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            assertThat(db.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL"))
                    .isEqualTo(migrations);
        }
        assertThat(db.count("SELECT COUNT(*) FROM key_check")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM account")).as("the demo accounts, once").isEqualTo(3);
        assertThat(cluster.run("status")).contains("client_area  node1  UP", "client_area  node2  UP",
                "back_office  node1  UP", "back_office  node2  UP");
    }

    @Test
    @Order(2)
    void a_code_accepted_through_one_node_is_refused_through_the_other_also_at_the_same_moment() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(cluster.nodeCustomerUrl(1));
            CustomerSteps customer = new CustomerSteps(browser, "cluster-2");
            customer.logInWithPassword();
            customer.openSecuritySettings();
            app = customer.enableTwoFactor().app();
        }
        try (Browser onNode1 = new Browser(); Browser onNode2 = new Browser()) {
            atCodeStep(onNode1, cluster.nodeCustomerUrl(1));
            atCodeStep(onNode2, cluster.nodeCustomerUrl(2));
            String code = app.freshCode();
            new VaadinPage(onNode1).type("second-factor-code", code);
            new VaadinPage(onNode2).type("second-factor-code", code);
            long refusalsBefore = db.count(
                    "SELECT COUNT(*) FROM audit_event WHERE event_type = 'SECOND_FACTOR_FAILED'");

            // Both nodes get the same code at the same moment: one lets the customer in, the other refuses.
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pressers = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (Browser b : List.of(onNode1, onNode2)) {
                    outcomes.add(pressers.submit(() -> {
                        together.await();
                        new VaadinPage(b).press("Log in");
                        return awaitEither(b, "Welcome", WRONG_CODE);
                    }));
                }
                List<String> seen = List.of(outcomes.get(0).get(), outcomes.get(1).get());
                assertThat(seen).containsExactlyInAnyOrder("Welcome", WRONG_CODE);

                // The refused node is asked again, now that the other has certainly accepted the code: still no.
                Browser refused = seen.get(0).equals(WRONG_CODE) ? onNode1 : onNode2;
                new VaadinPage(refused).type("second-factor-code", code);
                new VaadinPage(refused).press("Log in");
                awaitCount("SELECT COUNT(*) FROM audit_event WHERE event_type = 'SECOND_FACTOR_FAILED'",
                        refusalsBefore + 2);
                assertThat(refused.visibleText()).contains(WRONG_CODE).doesNotContain("Welcome");
                refused.screenshot("cluster-2-replayed-code-refused");
            } finally {
                pressers.shutdownNow();
            }
        }
    }

    @Test
    @Order(3)
    void wrong_codes_through_both_nodes_add_up_and_an_unlock_on_one_node_frees_the_customer_on_the_other()
            throws Exception {
        // A clean count to start from (the previous test left two refusals).
        db.execute("UPDATE two_factor_credential SET failed_attempts = 0, next_attempt_at = NULL");
        try (Browser onNode1 = new Browser(); Browser onNode2 = new Browser()) {
            atCodeStep(onNode1, cluster.nodeCustomerUrl(1));
            atCodeStep(onNode2, cluster.nodeCustomerUrl(2));
            // Five free tries in all, three through node 1 and two through node 2 ...
            String failures = "SELECT COUNT(*) FROM audit_event WHERE event_type = 'SECOND_FACTOR_FAILED'";
            for (Browser b : List.of(onNode1, onNode2, onNode1, onNode2, onNode1)) {
                long before = db.count(failures);
                submitCode(b, app.wrongCode());
                awaitCount(failures, before + 1);
                b.awaitText(WRONG_CODE);
            }
            // ... so node 2, which saw only two, makes the sixth wait: one count for the account.
            submitCode(onNode2, app.wrongCode());
            onNode2.awaitText(TRY_LATER);
            onNode2.screenshot("cluster-3-throttled-on-the-other-node");

            // One failure short of the lock (an attacker who waited out every delay), then one more through node 2:
            // locked, and node 1 says so too, even for the right code.
            db.execute("UPDATE two_factor_credential SET failed_attempts = 99, next_attempt_at = NULL");
            submitCode(onNode2, app.wrongCode());
            onNode2.awaitText(LOCKED);
            submitCode(onNode1, app.codeAt(Instant.now()));
            onNode1.awaitText(LOCKED);
            assertThat(onNode1.visibleText()).doesNotContain("Welcome");
        }

        // Support unlocks through node 2's back-office ...
        VaadinPage agent = new VaadinPage(supportAgent);
        supportAgent.open(cluster.nodeBackOfficeUrl(2));
        new AgentSteps(supportAgent, "cluster-agent").logInForTheFirstTime("support@example.com", "support-password-1");
        openDemoCustomer();
        agent.press("Unlock the second factor…");
        agent.type("unlock-ticket", "T-9001");
        supportAgent.driver.findElement(By.cssSelector("#unlock-reason textarea"))
                .sendKeys("Customer called from the registered number.");
        agent.press("Unlock the second factor");
        agent.pressInDialog("Unlock");
        supportAgent.awaitText("The second factor was unlocked.");

        // ... and the customer signs in through node 1 with the right code.
        try (Browser onNode1 = new Browser()) {
            atCodeStep(onNode1, cluster.nodeCustomerUrl(1));
            submitCode(onNode1, app.freshCode());
            onNode1.awaitText("Welcome");
        }
    }

    @Test
    @Order(4)
    void support_removal_on_one_node_and_an_agents_deactivation_on_the_other_hold_at_the_next_request()
            throws Exception {
        VaadinPage agent = new VaadinPage(supportAgent);
        supportAgent.open(cluster.nodeBackOfficeUrl(2));
        openDemoCustomer();
        agent.press("Remove two-factor authentication…");
        agent.type("remove-ticket", "T-9002");
        agent.type("remove-requested-from", CustomerSteps.EMAIL);
        supportAgent.driver.findElement(By.cssSelector("#remove-reason textarea"))
                .sendKeys("Lost phone and backup code; request from the registered address.");
        agent.press("Remove two-factor authentication");
        agent.press("Remove");
        supportAgent.awaitText("Two-factor authentication was removed.");

        try (Browser onNode1 = new Browser()) {
            onNode1.open(cluster.nodeCustomerUrl(1));
            new CustomerSteps(onNode1, "cluster-4").logInWithPassword();
            onNode1.awaitText("Welcome");
            assertThat(onNode1.visibleText()).doesNotContain("Open your 2FA app");
        }

        // An admin on node 1 deactivates an agent who is working on node 2.
        try (Browser admin = new Browser(); Browser leaving = new Browser()) {
            VaadinPage adminPage = new VaadinPage(admin);
            admin.open(cluster.nodeBackOfficeUrl(1));
            new AgentSteps(admin, "cluster-admin").logInForTheFirstTime("agent@example.com", "agent-password-1");
            adminPage.follow("Agents");
            adminPage.type("agent-name", "Lee Leaving");
            adminPage.type("agent-email", "zz-leaving@example.com");
            adminPage.type("agent-password", "leaving-agent-pass-1");
            adminPage.press("Create agent");
            admin.awaitText("The agent was created.");

            leaving.open(cluster.nodeBackOfficeUrl(2));
            AgentSteps leavingAgent = new AgentSteps(leaving, "cluster-leaving");
            leavingAgent.logInForTheFirstTime("zz-leaving@example.com", "leaving-agent-pass-1");
            leavingAgent.search("demo@", "Dana Demo");

            admin.awaitText("zz-leaving@example.com");
            var deactivate = admin.driver.findElements(By.cssSelector("vaadin-button[id^='deactivate-']"));
            deactivate.get(deactivate.size() - 1).click();
            admin.awaitElement(By.id("confirm-ok")).click();
            admin.awaitText("The agent was deactivated.");

            new VaadinPage(leaving).press("Search");
            leaving.awaitText("Agent login");
            leaving.screenshot("cluster-4-deactivated-on-node-1-signed-out-on-node-2");
        }
    }

    @Test
    @Order(5)
    void each_notification_is_sent_exactly_once_while_both_nodes_send() throws Exception {
        int batch = 40;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < batch; i++) {
                s.addBatch("INSERT INTO outbound_mail (created_at, recipient, subject, body) VALUES (CURRENT_TIMESTAMP,"
                        + " 'batch" + i + "@example.com', 'Cluster batch " + i + "', 'One of " + batch + ".')");
            }
            s.executeBatch();
        }
        awaitCount("SELECT COUNT(*) FROM outbound_mail WHERE subject LIKE 'Cluster batch %' AND sent_at IS NOT NULL",
                batch);
        Thread.sleep(12_000); // two more rounds of both senders: a second copy would arrive now
        Map<String, Long> copies = new HashMap<>();
        for (MimeMessage message : mailbox.greenMail.getReceivedMessages()) {
            copies.merge(message.getSubject(), 1L, Long::sum);
        }
        Map<String, Long> batchCopies = copies.entrySet().stream().filter(e -> e.getKey().startsWith("Cluster batch "))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(batchCopies).hasSize(batch).allSatisfy((subject, n) -> assertThat(n).as(subject).isEqualTo(1));
        // The notices of the account's life so far (2FA on, locked, unlocked, removed) went out once each, too.
        assertThat(mailbox.greenMail.getReceivedMessages()).filteredOn(ClusterIT::toDemoCustomer)
                .extracting(m -> m.getSubject()).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(6)
    void a_killed_node_loses_no_committed_login_its_customers_stay_signed_in_on_the_other_and_it_rejoins()
            throws Exception {
        long loginsBefore = db.count(successfulLoginsOfTheDemoCustomer());
        try (Browser signedIn = new Browser(); LoginLoop stream = new LoginLoop(cluster.customerUrl)) {
            signedIn.open(cluster.customerUrl.resolve("login"));
            CustomerSteps customer = new CustomerSteps(signedIn, "cluster-6");
            customer.logInWithPassword();
            signedIn.awaitText("Welcome");
            customer.openSecuritySettings();
            String route = signedIn.driver.getCurrentUrl();
            String victim = signedIn.driver.manage().getCookieNamed("CLIENTAREA_NODE").getValue();
            stream.awaitSuccesses(2);

            Instant killed = Instant.now();
            cluster.run("kill-node", victim.substring("node".length()));

            // Decision 0037: the open page's next click reaches the other node, which restores the sign-in from
            // the database; the page reloads by itself on the same route, still signed in, no "session expired".
            signedIn.driver.executeScript("window.drawnByTheDeadNode = true");
            SignedOutWatcher.watch(signedIn);
            new VaadinPage(signedIn).follow("My details");
            signedIn.wait.until(d -> Boolean.TRUE.equals(
                    signedIn.driver.executeScript("return window.drawnByTheDeadNode === undefined")));
            signedIn.awaitText("Log out");
            signedIn.awaitText("My Account");
            signedIn.screenshot("cluster-6b-still-signed-in-on-the-other-node");
            assertThat(signedIn.driver.getCurrentUrl()).isEqualTo(route);
            assertThat(signedIn.visibleText()).doesNotContain("Log in to the Client area")
                    .doesNotContainIgnoringCase("session expired");
            assertThat(SignedOutWatcher.seen(signedIn)).as("not even for a moment before the reload")
                    .isNull();
            assertThat(signedIn.driver.manage().getCookieNamed("CLIENTAREA_NODE").getValue()).isNotEqualTo(victim);
            stream.awaitSuccesses(3);
            stream.close();

            List<LoginLoop.Round> afterTheKill = stream.rounds().stream()
                    .filter(r -> r.started().isAfter(killed)).toList();
            assertThat(afterTheKill).isNotEmpty().allSatisfy(r -> assertThat(r.succeeded()).as(r.toString()).isTrue());
            long seen = stream.successes() + 1; // the loop's, and the signed-in customer's one
            assertThat(db.count(successfulLoginsOfTheDemoCustomer()) - loginsBefore)
                    .as("every login a browser saw succeed is in the database").isGreaterThanOrEqualTo(seen);
            System.out.printf("[cluster] kill -9 %s: %d logins through the balancer, %d after the kill, none failed%n",
                    victim, stream.rounds().size(), afterTheKill.size());

            cluster.run("start-node", victim.substring("node".length()));
            assertThat(nodesServingNewVisitors()).contains(victim);
        }
    }

    @Test
    @Order(7)
    void a_rolling_restart_of_both_nodes_fails_no_new_login_and_signs_out_none_of_three_clicking_customers()
            throws Exception {
        List<ClickingCustomers.Customer> customers = threeCustomersSignedInWithTheirSecondFactor();
        try {
            Map<String, String> signInCookies = new HashMap<>();
            Map<String, String> startedOn = new HashMap<>();
            for (ClickingCustomers.Customer c : customers) {
                signInCookies.put(c.name(), c.browser().driver.manage().getCookieNamed("CLIENTAREA_SIGNIN").getValue());
                startedOn.put(c.name(), c.browser().driver.manage().getCookieNamed("CLIENTAREA_NODE").getValue());
            }
            assertThat(startedOn.values()).as("customers on both nodes, so each restart moves someone")
                    .contains("node1", "node2");
            long loginsBefore = db.count(successfulLoginsOfTheClickers());

            List<Instant[]> outOfService = new ArrayList<>();
            List<ClickingCustomers.Click> clicks;
            List<LoginLoop.Round> loginRounds;
            try (LoginLoop stream = new LoginLoop(cluster.customerUrl);
                 ClickingCustomers clicking = new ClickingCustomers(customers)) {
                stream.awaitSuccesses(2);
                clicking.awaitRounds(1);
                for (String node : List.of("1", "2")) {
                    // As an operator's rolling update: drained, stopped cleanly, started, back in HAProxy once
                    // healthy (bin/cluster waits for HAProxy to see it UP), then the next node.
                    Instant out = Instant.now();
                    cluster.run("restart-node", node);
                    outOfService.add(new Instant[] {out, Instant.now()});
                    stream.awaitSuccesses(2);
                    clicking.awaitRounds(2);
                }
                stream.close();
                clicking.close();
                List<LoginLoop.Round> rounds = stream.rounds();
                clicks = clicking.clicks();
                System.out.printf("[cluster] rolling restart: %d logins through the balancer, served by %s;"
                                + " %d clicks of 3 signed-in customers, %d of them while a node was out, %d moved to"
                                + " the other node and reloaded into the restored sign-in, slowest %d ms%n",
                        rounds.size(), rounds.stream().collect(Collectors.groupingBy(LoginLoop.Round::node,
                                Collectors.counting())), clicks.size(),
                        clicks.stream().filter(c -> during(c, outOfService)).count(),
                        clicks.stream().filter(c -> c.movedNode() && c.reloaded()).count(),
                        clicks.stream().mapToLong(c -> Duration.between(c.started(), c.ended()).toMillis()).max()
                                .orElse(0));
                System.out.println("[cluster] nodes serving each customer's clicks:" + clicking.summary());
                loginRounds = rounds;
            }

            // Every click landed on a signed-in page; no browser saw the login page or "session expired".
            assertThat(clicks).allSatisfy(c -> assertThat(c.succeeded()).as(c.toString()).isTrue());
            for (ClickingCustomers.Customer c : customers) {
                List<ClickingCustomers.Click> own = clicks.stream().filter(k -> k.customer().equals(c.name())).toList();
                for (Instant[] window : outOfService) {
                    assertThat(own).as(c.name() + " clicked while a node was out")
                            .anyMatch(k -> during(k, List.<Instant[]>of(window)));
                }
                // Each one's node went out at some point: the click after it reached the other node, which restored
                // the sign-in (a reload on the same route), and the last node serving everyone is node 1.
                assertThat(own).as(c.name() + " moved to the other node by a restored sign-in")
                        .anyMatch(k -> k.movedNode() && k.reloaded());
                assertThat(own.get(own.size() - 1).nodeAfter()).isEqualTo("node1");
                assertThat(c.browser().driver.manage().getCookieNamed("CLIENTAREA_SIGNIN").getValue())
                        .as("the same sign-in all along").isEqualTo(signInCookies.get(c.name()));
            }
            customers.get(0).browser().screenshot("cluster-7-still-signed-in-after-the-rolling-restart");
            assertThat(db.count(successfulLoginsOfTheClickers())).as("restoring a sign-in is not a login")
                    .isEqualTo(loginsBefore);
            String theirSignIns = "SELECT COUNT(*) FROM sign_in s JOIN account a ON a.id = s.account_id"
                    + " WHERE a.email_normalized LIKE 'clicker.%'";
            assertThat(db.count(theirSignIns)).as("one sign-in each").isEqualTo(3);
            assertThat(db.count(theirSignIns + " AND s.second_factor <> 'APP_CODE'")).as("given with a code")
                    .isZero();
            assertThat(loginRounds).allSatisfy(r -> assertThat(r.succeeded()).as(r.toString()).isTrue());
        } finally {
            customers.forEach(c -> c.browser().close());
        }
        assertThat(nodesServingNewVisitors()).containsExactlyInAnyOrder("node1", "node2");
    }

    @Test
    @Order(8)
    void a_sign_out_through_node_1_ends_a_browser_on_node_2_at_its_next_click() throws Exception {
        try (Browser onNode1 = new Browser(); Browser onNode2 = new Browser(); Browser alsoOnNode2 = new Browser()) {
            CustomerSteps first = new CustomerSteps(onNode1, "cluster-8a");
            for (Browser b : List.of(onNode2, alsoOnNode2)) {
                b.open(cluster.nodeCustomerUrl(2).resolve("login"));
                CustomerSteps other = new CustomerSteps(b, "cluster-8b");
                other.logInWithPassword();
                b.awaitText("Welcome");
                other.openSecuritySettings();
            }
            onNode1.open(cluster.nodeCustomerUrl(1).resolve("login"));
            first.logInWithPassword();
            onNode1.awaitText("Welcome");
            first.openSecuritySettings();
            onNode1.awaitText("Where you're signed in");

            // Security settings → Where you're signed in → "Sign out" on the row of the browser on node 2 (the
            // row's id is the sign-in's, which the browser's cookie starts with).
            String signIn = onNode2.driver.manage().getCookieNamed("CLIENTAREA_SIGNIN").getValue().split("\\.")[0];
            SignedOutWatcher.watch(onNode2);
            onNode1.scrollToAndClick(By.id("sign-out-" + signIn));
            onNode1.awaitText("That browser was signed out");
            onNode1.screenshot("cluster-8-signed-out-another-browser-through-node-1");

            new VaadinPage(onNode2).follow("My details");
            onNode2.awaitText("Log in to the Client area");
            onNode2.screenshot("cluster-8-signed-out-through-the-other-node");
            // The watcher that test 6 and 7 rely on sees a login page that appears after a reload.
            assertThat(SignedOutWatcher.seen(onNode2)).startsWith("saw: ").contains("/login");
            // Only that one: the other browser on node 2 goes on, until "Sign out everywhere else".
            new VaadinPage(alsoOnNode2).follow("My details");
            alsoOnNode2.awaitElement(By.id("my-details"));
            assertThat(alsoOnNode2.visibleText()).contains("Log out").doesNotContain("Log in to the Client area");

            onNode1.scrollToAndPress("Sign out everywhere else");
            onNode1.awaitText("Every other browser was signed out");
            new VaadinPage(alsoOnNode2).follow("Security settings");
            alsoOnNode2.awaitText("Log in to the Client area");
            assertThat(onNode1.visibleText()).contains("(this browser)");
        }
    }

    /**
     * Three customers moved over from an old billing system ({@code bin/import-customers} through node 1, with the
     * PHP manual's bcrypt of their old password) each turn 2FA on and sign in again with a code, at the same time,
     * in their own browser through the balancer; the first and the third are sent to node 1, the second to node 2.
     */
    private List<ClickingCustomers.Customer> threeCustomersSignedInWithTheirSecondFactor() throws Exception {
        Path csv = Files.createTempFile(cluster.nodeDataDir(1).getParent().getParent(), "clickers", ".csv");
        StringBuilder rows = new StringBuilder("email,full_name,password_hash\n");
        for (String name : CLICKERS) {
            rows.append(clickerEmail(name)).append(',').append(name).append(',').append(PHP_BCRYPT).append('\n');
        }
        Files.writeString(csv, rows);
        ProcessBuilder importer = new ProcessBuilder("bash", Path.of(System.getProperty("clientarea.root", ".."))
                .resolve("bin/import-customers").toString(), csv.toString()).redirectErrorStream(true);
        importer.environment().put("CLIENTAREA_DATA_DIR", cluster.nodeDataDir(1).toString());
        importer.environment().put("CLIENTAREA_ADMIN_PORT", Integer.toString(cluster.nodeBackOfficeUrl(1).getPort()));
        Process process = importer.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(output).contains("3 rows: 3 imported");

        ExecutorService signingIn = Executors.newFixedThreadPool(CLICKERS.size());
        try {
            List<Future<ClickingCustomers.Customer>> signedIn = new ArrayList<>();
            for (int i = 0; i < CLICKERS.size(); i++) {
                String name = CLICKERS.get(i);
                String node = i % 2 == 0 ? "node1" : "node2";
                signedIn.add(signingIn.submit(() -> signInWithACode(name, node)));
            }
            List<ClickingCustomers.Customer> customers = new ArrayList<>();
            Exception failed = null;
            for (Future<ClickingCustomers.Customer> customer : signedIn) {
                try {
                    customers.add(customer.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                customers.forEach(c -> c.browser().close());
                throw failed;
            }
            return customers;
        } finally {
            signingIn.shutdownNow();
        }
    }

    private ClickingCustomers.Customer signInWithACode(String name, String node) throws Exception {
        Browser browser = new Browser();
        try {
            String prefix = "cluster-7-" + name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            CustomerSteps steps = new CustomerSteps(browser, prefix);
            browser.open(cluster.customerUrl.resolve("login"));
            // The balancer's cookie names the node, as it would after an earlier visit there.
            browser.driver.manage().addCookie(new org.openqa.selenium.Cookie("CLIENTAREA_NODE", node, "/"));
            browser.open(cluster.customerUrl.resolve("login"));
            steps.logInWithPassword(clickerEmail(name), PHP_PASSWORD);
            browser.awaitText("Welcome, " + name);
            steps.openSecuritySettings();
            AuthenticatorApp app = steps.enableTwoFactor().app();
            steps.logOut();
            steps.logInWithPassword(clickerEmail(name), PHP_PASSWORD);
            browser.awaitText("Open your 2FA app");
            submitCode(browser, app.freshCode());
            browser.awaitText("Welcome, " + name);
            assertThat(browser.driver.manage().getCookieNamed("CLIENTAREA_NODE").getValue()).isEqualTo(node);
            return new ClickingCustomers.Customer(prefix, browser);
        } catch (Exception | AssertionError e) {
            browser.screenshotAsItIs("cluster-7-sign-in-failed-" + name.split(" ")[0]);
            browser.close();
            throw e;
        }
    }

    private static String clickerEmail(String name) {
        return "clicker." + name.split(" ")[0].toLowerCase(java.util.Locale.ROOT) + "@example.com";
    }

    private static boolean during(ClickingCustomers.Click click, List<Instant[]> windows) {
        return windows.stream().anyMatch(w -> !click.started().isBefore(w[0]) && !click.started().isAfter(w[1]));
    }

    private static String successfulLoginsOfTheClickers() {
        return "SELECT COUNT(*) FROM audit_event e JOIN account a ON a.id = e.account_id"
                + " WHERE e.event_type = 'LOGIN_SUCCEEDED' AND a.email_normalized LIKE 'clicker.%'";
    }

    private void atCodeStep(Browser browser, URI node) {
        browser.open(node.resolve("login"));
        new CustomerSteps(browser, "cluster").logInWithPassword();
        browser.awaitText("Open your 2FA app");
    }

    private static void submitCode(Browser browser, String code) {
        VaadinPage page = new VaadinPage(browser);
        page.type("second-factor-code", code);
        page.press("Log in");
    }

    /** Waits until the page shows one of two texts, and says which (on a page that showed neither before). */
    private static String awaitEither(Browser browser, String one, String other) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            String text = browser.visibleText();
            if (text.contains(one)) {
                return one;
            }
            if (text.contains(other)) {
                return other;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Neither '" + one + "' nor '" + other + "' on the page: " + browser.visibleText());
    }

    private void openDemoCustomer() {
        new AgentSteps(supportAgent, "cluster-agent").search("demo@", "Dana Demo");
        supportAgent.awaitElement(By.linkText("Dana Demo")).click();
        supportAgent.awaitText("C100001");
    }

    /** The nodes HAProxy sends new visitors to (round robin: a few visits reach every node in service). */
    private List<String> nodesServingNewVisitors() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(cluster.customerUrl.resolve("login"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("CLIENTAREA_NODE="))
                    .map(c -> c.substring("CLIENTAREA_NODE=".length(), c.indexOf(';'))).forEach(nodes::add);
        }
        return nodes.stream().distinct().toList();
    }

    private static boolean toDemoCustomer(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().contains(CustomerSteps.EMAIL);
        } catch (Exception e) {
            return false;
        }
    }

    private static String successfulLoginsOfTheDemoCustomer() {
        return "SELECT COUNT(*) FROM audit_event e JOIN account a ON a.id = e.account_id"
                + " WHERE e.event_type = 'LOGIN_SUCCEEDED' AND a.email_normalized = '" + CustomerSteps.EMAIL + "'";
    }

    private void awaitCount(String sql, long expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        long last = db.count(sql);
        while (last < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = db.count(sql);
        }
        assertThat(last).as(sql).isEqualTo(expected);
    }
}
