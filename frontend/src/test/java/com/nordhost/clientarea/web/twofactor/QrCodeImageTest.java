package com.nordhost.clientarea.web.twofactor;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeImageTest {

    @Test
    void the_png_decodes_back_to_the_key_uri() throws Exception {
        String keyUri = "otpauth://totp/Nordhost:anna%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                + "&issuer=Nordhost&algorithm=SHA1&digits=6&period=30";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodeImage.png(keyUri, QrCodeImage.SIZE)));

        assertThat(image.getWidth()).isEqualTo(QrCodeImage.SIZE);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(keyUri);
    }
}
