/**
 * Building block: time-based one-time codes (RFC 6238): secrets and their Base32 form, the {@code otpauth://}
 * key URI the QR code holds, code generation and verification with a clock-drift window. No use case, no port.
 */
package com.nordhost.clientarea.domain.totp;
