/** `--reporter json`: `[{ path, corrections, flags, error? }]`, one object per file, in path order. */
import type { Reporter } from './types.js'

export const json: Reporter = (reports) =>
  `${JSON.stringify(
    reports.map(({ path, corrections, flags, error }) => (error === undefined ? { path, corrections, flags } : { path, corrections, flags, error })),
    null,
    2,
  )}\n`
