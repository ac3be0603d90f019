/**
 * Reporters on real records (dev fixture lines, as text and SRT): the JSON shape, GitHub workflow
 * commands and their escaping, SARIF 2.1.0 (valid against the official schema; rules, locations, fixes that replay to the
 * cleaned text), and the stylish (vfile-reporter) view.
 */
import { createRequire } from 'node:module'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { beforeAll, describe, expect, test } from 'vitest'
import { fails } from '../src/cli/batch/report.js'
import { escapeData, escapeProperty, reporters, type FileReport, type ReportContext } from '../src/cli/reporters/index.js'
import { parseDocument } from '../src/formats/index.js'
import { applyRawEdits } from '../src/pipeline/apply.js'
import { createPipeline, type CleanResult } from '../src/pipeline/pipeline.js'
import { devLines } from './cli-helpers.js'
import { toCues, toSrt } from './helpers/captions.js'

let results: Array<{ path: string; raw: string; result: CleanResult }>
let reports: FileReport[]
const context: ReportContext = { cwd: '/work/repo', version: '9.9.9', color: false, fails }

beforeAll(async () => {
  const pipeline = createPipeline()
  const lines = await devLines()
  const rich = lines.filter((line) => {
    const result = pipeline.run(parseDocument(`${line}\n`, { path: 'x.txt' }))
    return result.corrections.some((c) => c.applied) && result.corrections.length + result.flags.length >= 1
  })
  const text = `${rich.slice(0, 8).join('\n')}\n`
  const srt = toSrt(toCues(rich.slice(8, 14).join('\n')))
  results = [
    { path: 'captions/day 1,a%b.txt', raw: text },
    { path: 'captions/day2.srt', raw: srt },
  ].map(({ path, raw }) => ({ path, raw, result: pipeline.run(parseDocument(raw, { path })) }))
  reports = [
    ...results.map(({ path, result }) => ({ path, corrections: result.corrections, flags: result.flags })),
    { path: 'captions/broken.txt', corrections: [], flags: [], error: 'captions/broken.txt:1:3: expected text, found a NUL byte (binary data)' },
  ]
  expect(results.every(({ result }) => result.corrections.length > 0)).toBe(true)
}, 120_000)

describe('json', () => {
  test('one object per file: path, corrections, flags, and error only for a failed file', () => {
    const parsed = JSON.parse(reporters.json!(reports, context)) as Array<Record<string, unknown>>
    expect(parsed.map((r) => Object.keys(r))).toEqual([
      ['path', 'corrections', 'flags'],
      ['path', 'corrections', 'flags'],
      ['path', 'corrections', 'flags', 'error'],
    ])
    expect(parsed[1]?.corrections).toEqual(JSON.parse(JSON.stringify(results[1]!.result.corrections)))
  })
})

describe('github', () => {
  test('escaping follows the runner: % CR LF in data, and also : , in properties', () => {
    expect(escapeData('50% of\r\nit: a, b')).toBe('50%25 of%0D%0Ait: a, b')
    expect(escapeProperty('50% of\r\nit: a, b')).toBe('50%25 of%0D%0Ait%3A a%2C b')
  })

  test('one annotation per record at its place; failing corrections are warnings, the rest notices; a failed file is an error', () => {
    const lines = reporters.github!(reports, context).trimEnd().split('\n')
    const records = results.flatMap(({ result }) => [...result.corrections, ...result.flags])
    expect(lines).toHaveLength(records.length + 1)
    const pattern = /^::(warning|notice|error) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$/
    const first = results[0]!.result.corrections[0]!
    const match = pattern.exec(lines[0]!)
    expect(match?.[2]).toBe('captions/day 1%2Ca%25b.txt')
    expect(match?.slice(3, 7).map(Number)).toEqual([first.place.start.line, first.place.start.column, first.place.end.line, first.place.end.column])
    expect(match?.[7]).toBe(`captidy ${first.source}/${first.ruleId}`)
    for (const line of lines.slice(0, -1)) {
      const m = pattern.exec(line)
      expect(m, line).not.toBeNull()
      expect(m?.[8]).not.toMatch(/[\r\n]|%(?!25|0D|0A)/)
    }
    const warnings = lines.filter((l) => l.startsWith('::warning')).length
    expect(warnings).toBe(records.filter((r) => r.applied).length)
    expect(lines.at(-1)).toMatch(/^::error file=captions\/broken\.txt,title=[^:]*::captions\/broken\.txt:1:3: expected text/)
  })
})

describe('sarif', () => {
  test('validates against the official SARIF 2.1.0 JSON schema', () => {
    // The OASIS schema as Microsoft ships it for its own SARIF matchers.
    const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
    // The schema's language pattern is not valid with the u flag, so patterns are compiled without it.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false })
    ajvFormats.default(ajv)
    const validate = ajv.compile(schema)
    const log = JSON.parse(reporters.sarif!(reports, context))
    expect(validate(log) ? [] : validate.errors).toEqual([])
    // The validator is not blind: a result without a message is refused.
    delete log.runs[0].results[0].message
    expect(validate(log)).toBe(false)
  })

  test('a SARIF 2.1.0 log: rules from normalizer ids, results with physical locations, fixes replaying to the cleaned text', () => {
    const log = JSON.parse(reporters.sarif!(reports, context))
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('captidy')
    expect(run.tool.driver.version).toBe('9.9.9')
    const records = results.flatMap(({ result }) => [...result.corrections, ...result.flags])
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([...new Set(records.map((r) => r.source))].sort())
    expect(run.results).toHaveLength(records.length)
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
      expect(['warning', 'note']).toContain(result.level)
      const location = result.locations[0].physicalLocation
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%')
      expect(location.region.startLine).toBeGreaterThanOrEqual(1)
      expect(location.region.startColumn).toBeGreaterThanOrEqual(1)
    }
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/')
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('captions/day%201%2Ca%25b.txt')
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/NUL byte/)
    // Applying the fixes of applied corrections to the raw file gives the cleaned file.
    for (const { path, raw, result } of results) {
      const uri = path.split('/').map(encodeURIComponent).join('/')
      const applied = run.results.filter(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; properties: { applied: boolean } }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri === uri && r.properties.applied,
      )
      const edits = applied.flatMap((r: { fixes: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }> }> }> }) =>
        r.fixes[0]!.artifactChanges[0]!.replacements.map((x) => ({
          range: [x.deletedRegion.charOffset, x.deletedRegion.charOffset + x.deletedRegion.charLength] as [number, number],
          text: x.insertedContent.text,
        })),
      )
      expect(applyRawEdits(raw, edits)).toBe(result.text)
    }
  })
})

describe('stylish', () => {
  test('vfile-reporter output: each file with its records at line:column, applied as warnings, the rest as infos', () => {
    const out = reporters.stylish!(reports, context)
    for (const { path, result } of results) {
      expect(out).toContain(`${path}\n`)
      for (const record of [...result.corrections, ...result.flags]) {
        const { start, end } = record.place
        const kind = record.applied ? 'warning' : 'info'
        expect(out).toMatch(new RegExp(`${start.line}:${start.column}-${end.line}:${end.column}\\s+${kind}\\s`))
      }
    }
    expect(out).not.toContain('broken.txt')
  })
})

describe('compact', () => {
  test('one line per record, with a span across caption lines written on one line', async () => {
    const raw = '1\n00:00:01,000 --> 00:00:02,000\nworking with the African\n\n2\n00:00:02,000 --> 00:00:03,000\nunion on ransom\nwear attacks\n'
    const result = createPipeline().run(parseDocument(raw, { path: 'panel.srt' }))
    const report: FileReport = { path: 'panel.srt', corrections: result.corrections, flags: result.flags }
    const lines = reporters.compact!([report], context).trimEnd().split('\n')
    expect(result.corrections.map((c) => c.actual)).toEqual(['African\nunion', 'ransom\nwear'])
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^panel\.srt:3:18\tterm-case\/name-case\tfix 'African union' -> 'African Union'\t0\.\d\d\t`African union` → `African Union`: /)
    expect(lines[1]).toMatch(/^panel\.srt:7:10\tsplit-words\/split-soundalike\tfix 'ransom wear' -> 'ransomware'\t/)
    expect(applyRawEdits(raw, result.corrections.flatMap((c) => c.parts ?? [{ range: c.range, text: c.expected[0]! }]))).toBe(result.text)
    expect(result.text).toBe(raw.replace('union', 'Union').replace('ransom\nwear ', 'ransomware\n'))
  })
})
