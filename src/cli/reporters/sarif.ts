/**
 * `--reporter sarif`: a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers). One rule
 * per normalizer id; one result per record, with its physical location, the correction as a `fix`,
 * and the confidence in `properties`. Unreadable files are tool execution notifications.
 */
import { pathToFileURL } from 'node:url'
import type { Correction } from '../../types.js'
import { messageOf } from './message.js'
import type { FileReport, Reporter } from './types.js'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const ROOT = '%SRCROOT%'

export const sarif: Reporter = (reports, context) => {
  const sources = [...new Set(reports.flatMap((r) => [...r.corrections, ...r.flags].map((c) => c.source)))].sort()
  const ruleIndex = new Map(sources.map((source, index) => [source, index]))
  const results = reports.flatMap((report) =>
    [...report.corrections, ...report.flags]
      .sort((a, b) => a.range[0] - b.range[0])
      .map((record) => resultOf(report, record, ruleIndex.get(record.source) ?? 0, context.fails(report, record))),
  )
  const errors = reports.filter((r) => r.error !== undefined)
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'captidy',
            version: context.version,
            informationUri: 'https://www.npmjs.com/package/captidy',
            rules: sources.map((id) => ({
              id,
              name: id,
              shortDescription: { text: `captidy normalizer \`${id}\`` },
              helpUri: `https://www.npmjs.com/package/captidy#${id}`,
              defaultConfiguration: { level: 'warning' },
            })),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map((report) => ({
              level: 'error',
              message: { text: report.error },
              locations: [{ physicalLocation: { artifactLocation: artifactOf(report.path) } }],
            })),
          },
        ],
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function artifactOf(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/')) return { uri: pathToFileURL(path).href }
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT }
}

function resultOf(report: FileReport, record: Correction, ruleIndex: number, fails: boolean) {
  const artifactLocation = artifactOf(report.path)
  const { start, end } = record.place
  const result: Record<string, unknown> = {
    ruleId: record.source,
    ruleIndex,
    level: fails ? 'warning' : 'note',
    message: { text: messageOf(record) },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: start.line,
            startColumn: start.column,
            endLine: end.line,
            endColumn: end.column,
            charOffset: record.range[0],
            charLength: record.range[1] - record.range[0],
          },
        },
      },
    ],
    partialFingerprints: { captidyCorrection: `${record.source}/${record.ruleId}:${record.actual}` },
    properties: {
      rule: `${record.source}/${record.ruleId}`,
      confidence: record.confidence,
      applied: record.applied,
      actual: record.actual,
      expected: record.expected,
      ...(record.glossaryTerm !== undefined ? { glossaryTerm: record.glossaryTerm } : {}),
    },
  }
  const replacement = record.expected[0]
  if (replacement !== undefined) {
    const edits = record.parts ?? [{ range: record.range, text: replacement }]
    result.fixes = [
      {
        description: { text: `Replace \`${record.actual}\` with \`${replacement}\`` },
        artifactChanges: [
          {
            artifactLocation,
            replacements: edits.map((edit) => ({
              deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
              insertedContent: { text: edit.text },
            })),
          },
        ],
      },
    ]
  }
  return result
}
