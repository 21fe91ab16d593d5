// Where a shell model's output goes: timed log steps, an endless loop's iteration template, or a
// `$(...)` capture buffer, after redirections are applied.
import { renderLogTemplate } from './log-time'
import { routeOutput, type Redirect } from './shell-parse'
import type { PlanStep, RepeatingLog } from './types'

export class ShellOutput {
  readonly steps: PlanStep[] = []
  /** While set, output is recorded as a loop iteration template starting at `start`. */
  probe: { start: number; lines: RepeatingLog['lines'][number][] } | undefined
  /** While set, stdout is captured for command substitution. */
  capture: string[] | undefined

  /**
   * @param wallStart wall time (epoch ms) at which the shell started
   * @param volumeAt the volume a path lies on, if any (writes there persist)
   */
  constructor(
    private readonly wallStart: number,
    private readonly volumeAt: (path: string) => string | undefined,
  ) {}

  /** Appends output of file descriptor `fd` at shell time `t`, honouring redirections. */
  emit(t: number, lines: readonly string[], fd: 1 | 2, redirects: readonly Redirect[] = []): void {
    if (lines.length === 0) return
    const route = routeOutput(redirects, fd)
    const volumes = route.files.map((path) => this.volumeAt(path)).filter((v) => v !== undefined)
    if (volumes.length) this.push(t, { populates: volumes })
    if (route.drop) return
    if (this.capture && fd === 1 && !route.toStderr) this.capture.push(...lines)
    else if (this.probe) for (const template of lines) this.probe.lines.push({ offsetMs: t - this.probe.start, template })
    else this.push(t, { log: lines.map((line) => renderLogTemplate(line, this.wallStart + t)) })
  }

  push(t: number, step: Omit<PlanStep, 'afterMs'>): void {
    this.steps.push({ afterMs: t, ...step })
  }

  /** Renders a template line at shell time `t`. */
  render(template: string, t: number): string {
    return renderLogTemplate(template, this.wallStart + t)
  }
}
