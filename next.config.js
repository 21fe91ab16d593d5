// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WebAssembly server-side packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/schema-engine-wasm', 'pg'],
  // Lesson files are read at request time by the catalogue; make sure they ship with the server.
  outputFileTracingIncludes: { '/': ['./lessons/**/*'], '/lessons/[slug]': ['./lessons/**/*'] },
}

module.exports = nextConfig
