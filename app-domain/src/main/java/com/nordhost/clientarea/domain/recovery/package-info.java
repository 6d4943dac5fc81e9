/**
 * "Lost both" second-factor recovery (decision 0018): {@code RecoveryRequestFlow} for the customer's request and its
 * links, {@code RecoveryRequestQueue} for support's approval and the waiting period, port {@code RecoveryRequests}.
 * The removal itself is support's ({@code SupportRemoval}, so {@code SecondFactorEnd}).
 */
package com.nordhost.clientarea.domain.recovery;
