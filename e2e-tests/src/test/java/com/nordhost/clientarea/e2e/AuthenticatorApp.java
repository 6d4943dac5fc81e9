package com.nordhost.clientarea.e2e;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.totp.TotpSecret;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Does what a phone app does: reads the QR code off the screen and computes codes from the key
 * it carries. Only the code computation is shared with the product (RFC 6238 is RFC 6238).
 */
final class AuthenticatorApp {

    final String keyUri;
    private final TotpSecret secret;
    private long lastStepHandedOut = Long.MIN_VALUE;

    private AuthenticatorApp(String keyUri, TotpSecret secret) {
        this.keyUri = keyUri;
        this.secret = secret;
    }

    /**
     * Reads the code inside {@code frame} (the QR image's place on the screen, as a phone's viewfinder frames
     * it) of a screenshot. Framed, the code is decoded as a pure barcode: ZXing's finder alone misses about
     * 1 % of clean codes, which would make the test flaky without saying anything about the product.
     */
    static AuthenticatorApp scan(byte[] screenshotPng, Rectangle frame) throws IOException, NotFoundException,
            com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(screenshotPng));
        BufferedImage framed = screen.getSubimage(frame.x, frame.y,
                Math.min(frame.width, screen.getWidth() - frame.x), Math.min(frame.height, screen.getHeight() - frame.y));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(framed)));
        String text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        URI uri = URI.create(text);
        if (!"otpauth".equals(uri.getScheme()) || !"totp".equals(uri.getHost())) {
            throw new IllegalStateException("Not a TOTP key URI: " + uri.getScheme() + "://" + uri.getHost());
        }
        Map<String, String> parameters = Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new AuthenticatorApp(text, TotpSecret.fromBase32(parameters.get("secret")));
    }

    String codeAt(Instant instant) {
        return new TotpGenerator(TotpParameters.DEFAULT).codeAt(secret, instant);
    }

    /**
     * A code of a 30-second step this app has not handed out by this method before (the product accepts each step
     * once per account), the next step's when it is still free; waits for the clock when it is not.
     */
    synchronized String freshCode() throws InterruptedException {
        long next = Instant.now().getEpochSecond() / 30 + 1;
        while (next <= lastStepHandedOut) {
            Thread.sleep(1000);
            next = Instant.now().getEpochSecond() / 30 + 1;
        }
        lastStepHandedOut = next;
        return codeAt(Instant.ofEpochSecond(next * 30));
    }

    /** A 6-digit code that is none of the codes the product accepts now (the step before, this one and the next). */
    String wrongCode() {
        Instant now = Instant.now();
        java.util.Set<String> accepted = java.util.Set.of(codeAt(now.minusSeconds(30)), codeAt(now),
                codeAt(now.plusSeconds(30)));
        return accepted.contains("000000") ? "111111" : "000000";
    }

    /** The code of the next 30-second step: a code already used is never accepted again. */
    String nextCode() {
        return codeAt(Instant.now().plus(Duration.ofSeconds(30)));
    }
}
