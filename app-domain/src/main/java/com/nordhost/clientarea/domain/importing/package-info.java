/**
 * Feature: importing customers from another system's CSV export (decision 0033). {@code CustomerCsv} reads the
 * file (header names, one row a customer, line numbers); {@code CustomerImport} checks each row by the rules of New
 * customer and imports it in its own transaction, all or nothing: with an imported password hash
 * ({@code password.ForeignPasswordHash}) the customer can sign in, without one they are invited. A re-run of the
 * same file changes nothing; a row that differs from the stored customer is a conflict, never an overwrite.
 */
package com.nordhost.clientarea.domain.importing;
