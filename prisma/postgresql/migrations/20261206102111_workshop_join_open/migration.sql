-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN "joinOpen" BOOLEAN NOT NULL DEFAULT true;
