/**
 * The account: who signs in ({@code Account}, {@code Role}, {@code Realm} keeping customers and staff apart),
 * the customer's details and language, the normalised e-mail address, registration, and the
 * {@code AccountRepository} port. Every other feature reads accounts through it; the rule "is this an active
 * agent or admin" lives here, on {@code Account}.
 */
package com.nordhost.clientarea.domain.account;
