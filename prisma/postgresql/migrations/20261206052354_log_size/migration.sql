-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN "logChars" INTEGER NOT NULL DEFAULT 0;

-- Backfill: the size of each saved log so far (its stored JSON, a slight overcount).
UPDATE "LessonProgress" SET "logChars" = (SELECT COALESCE(SUM(LENGTH("entry")), 0) FROM "CommandEntry" WHERE "CommandEntry"."progressId" = "LessonProgress"."id");
