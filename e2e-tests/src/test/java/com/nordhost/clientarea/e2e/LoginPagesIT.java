package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The product as a person first meets it: both apps answer with their login pages. */
@ExtendWith(ProductExtension.class)
class LoginPagesIT {

    @Test
    void the_customer_sees_the_client_area_login(RunningProduct product) {
        try (Browser browser = new Browser()) {
            browser.open(product.customerUrl);
            browser.awaitText("Log in to the Client area");
            browser.screenshot("01-customer-login");
            assertThat(browser.visibleText())
                    .contains("E-mail address", "Password", "Log in", "Lost both your 2FA code and backup code?");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        }
    }

    @Test
    void the_customer_sees_the_client_area_in_swedish_when_the_browser_asks_for_it(RunningProduct product) {
        try (Browser browser = new Browser("sv-SE")) {
            browser.open(product.customerUrl);
            browser.awaitText("Logga in");
            browser.screenshot("01-customer-login-sv");
            assertThat(browser.visibleText()).contains("Lösenord");
        }
    }

    @Test
    void the_agent_sees_the_back_office_login(RunningProduct product) {
        try (Browser browser = new Browser()) {
            browser.open(product.backOfficeUrl);
            browser.awaitText("Password");
            browser.screenshot("02-back-office-login");
            assertThat(browser.visibleText()).contains("Back-office").doesNotContain("Client area");
        }
    }

    @Test
    void the_back_office_port_is_not_open_on_the_public_address(RunningProduct product) throws SocketException {
        Optional<InetAddress> publicAddress = NetworkInterface.networkInterfaces()
                .filter(this::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        int adminPort = product.backOfficeUrl.getPort();
        publicAddress.ifPresent(address -> assertThatThrownBy(() -> connect(address, adminPort))
                .as("back-office port %d on %s", adminPort, address)
                .isInstanceOf(IOException.class));
        // and on loopback it does answer, so the refusal above is not a dead server
        assertThat(connectsTo(InetAddress.getLoopbackAddress(), adminPort)).isTrue();
    }

    @Test
    void startup_time_and_memory_are_reported(RunningProduct product) throws IOException {
        long rssKiB = product.residentSetKiB();
        System.out.printf("Start-up to both login pages: %d s; server RSS: %d MiB%n",
                product.startUpTime.toSeconds(), rssKiB / 1024);
        assertThat(rssKiB).isPositive();
    }

    private boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
        }
    }

    private static boolean connectsTo(InetAddress address, int port) {
        try {
            connect(address, port);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
