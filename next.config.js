// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WebAssembly server-side packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/schema-engine-wasm', 'pg'],
  // Lesson files are read at request time by the catalogue; make sure they ship with the server.
  outputFileTracingIncludes: { '/': ['./lessons/**/*'], '/lessons/[slug]': ['./lessons/**/*'] },
  // No page of Ordinal is meant to be shown inside another site's frame (clickjacking).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
        ],
      },
    ]
  },
}

module.exports = nextConfig
