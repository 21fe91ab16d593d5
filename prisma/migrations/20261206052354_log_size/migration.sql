-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LessonProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'started',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "completedAt" DATETIME,
    "attempt" TEXT NOT NULL DEFAULT '',
    "seed" INTEGER NOT NULL DEFAULT 0,
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "stepCount" INTEGER NOT NULL DEFAULT 0,
    "logChars" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LessonProgress_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LessonProgress" ("attempt", "completedAt", "entryCount", "id", "learnerId", "lessonId", "seed", "startedAt", "status", "stepCount", "updatedAt") SELECT "attempt", "completedAt", "entryCount", "id", "learnerId", "lessonId", "seed", "startedAt", "status", "stepCount", "updatedAt" FROM "LessonProgress";
DROP TABLE "LessonProgress";
ALTER TABLE "new_LessonProgress" RENAME TO "LessonProgress";
CREATE UNIQUE INDEX "LessonProgress_learnerId_lessonId_key" ON "LessonProgress"("learnerId", "lessonId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill: the size of each saved log so far (its stored JSON, a slight overcount).
UPDATE "LessonProgress" SET "logChars" = (SELECT COALESCE(SUM(LENGTH("entry")), 0) FROM "CommandEntry" WHERE "CommandEntry"."progressId" = "LessonProgress"."id");
