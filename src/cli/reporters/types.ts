/** What every reporter gets: one report per file, in sorted path order, and the run's context. */
import type { Correction } from '../../types.js'

export interface FileReport {
  /** The file as named in messages (relative to the working folder, with `/`). */
  path: string
  /** Corrections, applied and suggested, in order of position. */
  corrections: Correction[]
  /** Spans that look wrong but cannot be fixed. */
  flags: Correction[]
  /** Why the file could not be cleaned (unreadable, binary, not UTF-8, malformed captions). */
  error?: string
}

export interface ReportContext {
  /** The working folder (absolute): report paths are relative to it. */
  cwd: string
  version: string
  color: boolean
  /** Whether a correction counts toward exit 1 (`--fail-on`, else applied). */
  fails: (report: FileReport, correction: Correction) => boolean
}

export type Reporter = (reports: readonly FileReport[], context: ReportContext) => string
