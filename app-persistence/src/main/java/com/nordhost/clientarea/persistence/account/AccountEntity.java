package com.nordhost.clientarea.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A row of {@code account}. Rows are inserted by {@link JpaAccountRepository#create} with a native
 * INSERT (the id comes from the identity column; EclipseLink's H2 identity read-back uses
 * {@code CALL IDENTITY()}, which H2 2.x no longer has), so the id is not generated here.
 */
@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "role", nullable = false)
    private String role;

    @Column(name = "realm", nullable = false)
    private String realm;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "email_normalized", nullable = false)
    private String emailNormalized;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "name_normalized", nullable = false)
    private String nameNormalized;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** Consecutive wrong passwords; changed only by bulk UPDATEs in {@link JpaAccountRepository}. */
    @Column(name = "password_failures", nullable = false)
    private int passwordFailures;

    @Column(name = "password_next_attempt_at")
    private OffsetDateTime passwordNextAttemptAt;

    /** The same for browsers with a device token and signed-in sessions; bulk UPDATEs only. */
    @Column(name = "trusted_password_failures", nullable = false)
    private int trustedPasswordFailures;

    @Column(name = "trusted_password_next_attempt_at")
    private OffsetDateTime trustedPasswordNextAttemptAt;

    /** Advanced (bulk UPDATE) by the changes that end the account's other sessions. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    protected AccountEntity() {
        // for JPA
    }

    public long getId() {
        return id;
    }

    public String getRole() {
        return role;
    }

    public String getRealm() {
        return realm;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailNormalized() {
        return emailNormalized;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNameNormalized() {
        return nameNormalized;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public int getPasswordFailures() {
        return passwordFailures;
    }

    public OffsetDateTime getPasswordNextAttemptAt() {
        return passwordNextAttemptAt;
    }

    void setFullName(String fullName, String nameNormalized) {
        this.fullName = fullName;
        this.nameNormalized = nameNormalized;
    }

    void setEmail(String email, String emailNormalized) {
        this.email = email;
        this.emailNormalized = emailNormalized;
    }
}
