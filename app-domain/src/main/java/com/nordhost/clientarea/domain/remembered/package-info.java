/**
 * Remembered browsers (decision 0020): the token a browser gets when the customer ticks "Don't ask for a code
 * on this browser" ({@code RememberedBrowserTokens}), the customer's list of them with forget and forget all
 * ({@code RememberedBrowsers}), and the {@code RememberedBrowserRepository} port.
 */
package com.nordhost.clientarea.domain.remembered;
