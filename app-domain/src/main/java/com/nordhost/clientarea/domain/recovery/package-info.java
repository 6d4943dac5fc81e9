/**
 * Getting back in without the usual factors: "Forgot your password?" ({@code PasswordReset}, single-use links,
 * port {@code PasswordResetRequests}) and "lost both" second-factor recovery ({@code RecoveryRequestFlow} for
 * the customer's request and its links, {@code RecoveryRequestQueue} for support's approval and the waiting
 * period, port {@code RecoveryRequests}; decision 0018).
 */
package com.nordhost.clientarea.domain.recovery;
