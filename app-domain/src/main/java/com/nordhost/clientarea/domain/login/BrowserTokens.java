package com.nordhost.clientarea.domain.login;

/**
 * What a browser brings to the password step besides the password: its device token ({@link DeviceTrust}, so that
 * strangers' wrong passwords never make it wait) and its remembered-browser token (decision 0020), each null when it
 * has none. Forged, expired or another account's tokens count as none.
 */
public record BrowserTokens(String deviceToken, String rememberedToken) {

    /** A fresh browser, or a caller that has no cookies (a test, a script). */
    public static final BrowserTokens NONE = new BrowserTokens(null, null);

    @Override
    public String toString() {
        return "BrowserTokens[device=" + (deviceToken != null) + ", remembered=" + (rememberedToken != null) + "]";
    }
}
