-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workshop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instructorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "lessons" TEXT NOT NULL,
    "exercises" TEXT NOT NULL,
    "unlockedModules" INTEGER NOT NULL DEFAULT 1,
    "timeLimitMin" INTEGER,
    "joinOpen" BOOLEAN NOT NULL DEFAULT true,
    "message" TEXT,
    "messageAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Workshop_instructorId_fkey" FOREIGN KEY ("instructorId") REFERENCES "Instructor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Workshop" ("createdAt", "exercises", "id", "instructorId", "joinCode", "lessons", "message", "messageAt", "timeLimitMin", "title", "unlockedModules", "updatedAt") SELECT "createdAt", "exercises", "id", "instructorId", "joinCode", "lessons", "message", "messageAt", "timeLimitMin", "title", "unlockedModules", "updatedAt" FROM "Workshop";
DROP TABLE "Workshop";
ALTER TABLE "new_Workshop" RENAME TO "Workshop";
CREATE UNIQUE INDEX "Workshop_joinCode_key" ON "Workshop"("joinCode");
CREATE INDEX "Workshop_instructorId_idx" ON "Workshop"("instructorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
