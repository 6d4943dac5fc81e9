package com.nordhost.clientarea.web.twofactor;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A QR code drawn on the server (ZXing) and served by this app as a PNG: the key URI never leaves for a
 * third-party QR service.
 */
public final class QrCodeImage {

    public static final int SIZE = 240;

    private QrCodeImage() {
    }

    public static Image of(String content, String altText, String id) {
        byte[] png = png(content, SIZE);
        Image image = new Image(SecretResource.of("qr-code.png", "image/png", png), altText);
        image.setId(id);
        image.setWidth(SIZE + "px");
        image.setHeight(SIZE + "px");
        return image;
    }

    public static byte[] png(String content, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw this content as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
