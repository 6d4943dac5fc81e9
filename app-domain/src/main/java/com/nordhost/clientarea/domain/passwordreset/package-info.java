/**
 * "Forgot your password?" (decision 0015): {@code PasswordReset} mails a single-use link (only its hash stored, port
 * {@code PasswordResetRequests}) and sets a new password with it, ending every session of the account.
 */
package com.nordhost.clientarea.domain.passwordreset;
