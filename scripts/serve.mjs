#!/usr/bin/env node
// Serves the production build: checks the port first so a clash gets a one-line message
// instead of a stack trace, then runs `next start`. Migrations are applied by instrumentation.ts
// when the server starts.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

function fail(message) {
  console.error(`ordinal: ${message}`)
  process.exit(1)
}

const rawPort = process.env.PORT ?? '3000'
const port = Number(rawPort)
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a whole number from 1 to 65535, not "${rawPort}".`)
const host = process.env.HOSTNAME || '0.0.0.0'

if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
  fail('there is no production build yet: run `npm run build` first (or `npm run serve`, which builds and serves).')
}

function portIsFree() {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', (err) => resolve(err.code === 'EADDRINUSE' ? false : err))
    probe.once('listening', () => probe.close(() => resolve(true)))
    probe.listen(port, host)
  })
}

const free = await portIsFree()
if (free === false) fail(`port ${port} is already in use. Stop whatever is using it, or choose another port: PORT=${port + 1} npm start`)
if (free !== true) fail(`cannot listen on ${host}:${port}: ${free.message}`)

const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')
const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', host], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
