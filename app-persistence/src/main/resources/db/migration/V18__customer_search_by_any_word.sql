-- The back-office finds a customer by the start of ANY word of the name (issue 22: "Andersson" finds
-- "Anna-Karin Andersson"), still as a B-tree range (LIKE 'prefix%') with keyset paging at a million customers.
-- One row per word start: the rest of the normalized name from that word on ("anna-karin andersson",
-- "karin andersson", "andersson"), so a prefix of several words ("karin and") matches too. Words start after a
-- space or a hyphen. Written by JpaAccountRepository with the name (NameTails); deleted with the account.

CREATE TABLE account_name_tail (
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    word_no    SMALLINT     NOT NULL,
    tail       VARCHAR(200) NOT NULL,
    PRIMARY KEY (account_id, word_no)
);
CREATE INDEX ix_account_name_tail ON account_name_tail (tail, account_id);

-- The names already stored, split the way NameTails splits them (at most 20 words).
INSERT INTO account_name_tail (account_id, word_no, tail)
WITH RECURSIVE t (account_id, word_no, tail) AS (
    SELECT id, 0, CAST(name_normalized AS VARCHAR(200)) FROM account
    UNION ALL
    SELECT account_id, word_no + 1,
           CAST(TRIM(SUBSTRING(tail FROM POSITION(' ' IN REPLACE(tail, '-', ' ')) + 1)) AS VARCHAR(200))
    FROM t WHERE POSITION(' ' IN REPLACE(tail, '-', ' ')) > 0 AND word_no < 19
)
SELECT account_id, word_no, tail FROM t WHERE tail <> '';
