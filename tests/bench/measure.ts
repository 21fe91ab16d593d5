// Small helpers for `npm run bench`: wall time over repeated runs and retained heap.
// Figures are printed, never asserted: timing does not belong in tests.

export interface Figure {
  name: string
  value: number
  unit: string
}

/** Median wall milliseconds of `run` over `iterations`, after `warmup` unmeasured runs. */
export function medianMs(run: () => void, iterations = 20, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run the benchmarks with node --expose-gc (npm run bench does)')
  gc()
  gc()
}

/** MB of heap still held by what `build` returns, measured after full collections. */
export function retainedHeapMb(build: () => unknown): number {
  collect()
  const before = process.memoryUsage().heapUsed
  const kept = build()
  collect()
  const after = process.memoryUsage().heapUsed
  if (kept === undefined) throw new Error('build must return what it allocated')
  return (after - before) / (1024 * 1024)
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits
