/**
 * The progress line and the summary, both on stderr. The progress line shows only on a terminal and
 * only once a batch has run for a moment; it is erased before anything else is printed.
 */
import type { Output } from '../io.js'

/** A batch shows progress once it has run this long. */
export const PROGRESS_DELAY_MS = 400
const FRAME_MS = 80

export interface Progress {
  update(done: number): void
  /** Erases the line (if it was shown) and stops. */
  stop(): void
}

export function createProgress(stderr: Output, total: number, options: { enabled: boolean; now?: () => number }): Progress {
  const now = options.now ?? (() => performance.now())
  if (!options.enabled || !stderr.isTTY || total < 2) return { update() {}, stop() {} }
  const started = now()
  let shown = false
  let last = 0
  let done = 0
  const draw = () => {
    const width = String(total).length
    stderr.write(`\r\x1b[2Kcaptidy: ${String(done).padStart(width)}/${total} files (${Math.floor((done / total) * 100)}%)`)
    shown = true
    last = now()
  }
  const timer = setTimeout(draw, PROGRESS_DELAY_MS)
  timer.unref?.()
  return {
    update(value) {
      done = value
      const t = now()
      if (t - started >= PROGRESS_DELAY_MS && t - last >= FRAME_MS) draw()
    },
    stop() {
      clearTimeout(timer)
      if (shown) stderr.write('\r\x1b[2K')
    },
  }
}

export interface Totals {
  files: number
  cached: number
  applied: number
  suggested: number
  flagged: number
  failed: number
  written: number
  seconds: number
  threads: number
}

/** `captidy: 512 files, 40 corrections applied, 12 suggested, 3 flagged, 1 error (1.9 s, 4 threads)` */
export function summaryLine(totals: Totals, verb?: string): string {
  const parts = [
    `${totals.files} file${totals.files === 1 ? '' : 's'}${totals.cached ? ` (${totals.cached} from cache)` : ''}`,
    `${totals.applied} correction${totals.applied === 1 ? '' : 's'} ${verb === 'check' ? 'to apply' : 'applied'}`,
    `${totals.suggested} suggested`,
    `${totals.flagged} flagged`,
  ]
  if (verb === 'write') parts.push(`${totals.written} written`)
  if (totals.failed) parts.push(`${totals.failed} error${totals.failed === 1 ? '' : 's'}`)
  const threads = totals.threads > 1 ? `, ${totals.threads} threads` : ''
  return `captidy: ${parts.join(', ')} (${totals.seconds.toFixed(1)} s${threads})\n`
}
