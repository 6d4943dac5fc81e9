/**
 * Security notices to the account's address: which changes are mailed ({@code SecurityNotice}), their texts in
 * English and Swedish ({@code NoticeTexts}, {@code SecurityNotices.properties}), and the {@code Outbox} port
 * through which a use case queues a mail in the transaction of the change it reports (app-persistence delivers
 * it).
 */
package com.nordhost.clientarea.domain.notification;
