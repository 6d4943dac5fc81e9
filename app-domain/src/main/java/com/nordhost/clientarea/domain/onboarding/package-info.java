/**
 * Creating and inviting customers (decision 0029): the back-office's New customer ({@code CustomerOnboarding},
 * with the details rules of My details and a customer number from the database), the invitation mail with a
 * single-use link valid seven days (the password-reset links' table, purpose INVITATION), and the customer's
 * first password chosen with it ({@code InvitationAcceptance}). Until then the account has no password
 * ({@code Account.NO_PASSWORD}) and nobody can sign in to it.
 */
package com.nordhost.clientarea.domain.onboarding;
