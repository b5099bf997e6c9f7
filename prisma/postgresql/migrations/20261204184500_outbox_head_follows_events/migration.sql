-- SQLite only (its writer reads the outbox head with its book lock); on PostgreSQL the writer
-- moves the head with the row lock it takes, so there is nothing to add here.
SELECT 1;
