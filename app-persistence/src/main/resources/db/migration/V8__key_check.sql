-- The key-ring check (decision 0017): one row, written at the first start, holding a known value encrypted
-- with the key ring that start had. Every later start decrypts it; a node whose key file is not the one the
-- database's secrets were written with refuses to start instead of failing every 2FA login.
CREATE TABLE key_check (
    id          INTEGER     NOT NULL PRIMARY KEY,
    key_id      VARCHAR(64) NOT NULL,
    ciphertext  BYTEA       NOT NULL,
    created_at  TIMESTAMP   NOT NULL,
    CONSTRAINT ck_key_check_one_row CHECK (id = 1)
);
