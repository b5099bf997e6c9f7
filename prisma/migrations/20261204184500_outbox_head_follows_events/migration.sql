-- The outbox head follows its events: an event moves its book's head in the insert itself,
-- so the group-commit writer, which reads the head with its book lock (SQLite holds the one
-- write lock from then on), writes no statement for the head.
CREATE TRIGGER "OutboxEvent_moves_head" AFTER INSERT ON "OutboxEvent"
BEGIN
    UPDATE "OutboxHead" SET "lastSequence" = NEW."sequence"
    WHERE "bookId" = NEW."bookId" AND "lastSequence" < NEW."sequence";
END;
