/** The reporters `--reporter` chooses from. */
import { compact } from './compact.js'
import { github } from './github.js'
import { json } from './json.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { ReporterName } from './names.js'
import type { Reporter } from './types.js'

export const reporters: Readonly<Record<ReporterName, Reporter>> = { stylish, json, github, sarif, compact }

export { REPORTER_NAMES } from './names.js'
export type { ReporterName } from './names.js'

export type { FileReport, ReportContext, Reporter } from './types.js'
export { escapeData, escapeProperty } from './github.js'
export { formatRecord } from './compact.js'
export { fileOf } from './stylish.js'
