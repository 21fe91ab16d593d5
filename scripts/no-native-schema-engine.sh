#!/bin/sh
# Named by PRISMA_SCHEMA_ENGINE_BINARY so the Prisma CLI finds "an engine" and does not try to
# download one. Nothing in this project runs it: migrations go through @prisma/schema-engine-wasm
# (npm run db:migrate). If it ever runs, something took a path we do not support, so fail loudly.
echo "ordinal: the native Prisma schema engine is not used in this project: migrations run through @prisma/schema-engine-wasm (npm run db:migrate, db:status, db:new)." >&2
exit 1
