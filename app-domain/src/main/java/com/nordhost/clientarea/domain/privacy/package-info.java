/**
 * The customer's own data (GDPR art. 15 and 20, decision 0031): {@code MyDataExport} gathers, after the password,
 * what the client area holds about the account as a plain {@link com.nordhost.clientarea.domain.privacy.DataExport}
 * that the web module writes as JSON and as text. Depends on {@code account}, {@code twofactor},
 * {@code remembered}, {@code audit}, {@code notification} and {@code confirmation}; nothing depends on it but the
 * assembly.
 */
package com.nordhost.clientarea.domain.privacy;
