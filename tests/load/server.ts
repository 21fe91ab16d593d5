// Starts the production build on loopback for load tests and benchmarks (building it first when
// there is none), with its own SQLite file; stop() or kill() ends it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

export interface TestServer {
  baseUrl: string
  process: ChildProcess
  stop(): void
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>
}

export function ensureBuild(): void {
  if (existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) return
  const built = spawnSync('npx', ['next', 'build'], { stdio: 'ignore' })
  if (built.status !== 0) throw new Error('next build failed')
}

export async function startServer(port: number, databaseFile: string): Promise<TestServer> {
  ensureBuild()
  const child = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', DATABASE_URL: `file:${databaseFile}`, NODE_ENV: 'production' },
    stdio: 'ignore',
    // Its own process group, so a kill reaches `next start` under serve.mjs too.
    detached: true,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false)) {
      return {
        baseUrl,
        process: child,
        stop: () => {
          try {
            process.kill(-child.pid!, 'SIGTERM')
          } catch {
            child.kill('SIGTERM')
          }
        },
        kill: () =>
          new Promise((resolve) => {
            child.once('exit', () => resolve())
            // serve.mjs runs next start as a child in the same group: kill the whole group.
            try {
              process.kill(-child.pid!, 'SIGKILL')
            } catch {
              child.kill('SIGKILL')
            }
          }),
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGKILL')
  throw new Error(`the server on port ${port} did not start`)
}
