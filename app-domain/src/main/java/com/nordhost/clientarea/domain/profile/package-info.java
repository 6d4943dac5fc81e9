/**
 * What a signed-in customer changes about themselves under My Account: their details
 * ({@code CustomerDetailsChange} with {@code CustomerDetailsRules}), their password ({@code PasswordChange})
 * and their language ({@code LanguagePreference}).
 */
package com.nordhost.clientarea.domain.profile;
