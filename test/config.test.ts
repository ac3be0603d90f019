/** The config file: discovery from a folder upward, its forms, validation errors, per-file settings. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ConfigError, findConfig, parseConfig, settingsResolver } from '../src/config/index.js'
import { tempTree } from './cli-helpers.js'

function errorOf(text: string, path: string): ConfigError {
  try {
    parseConfig(text, path)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('discovery', () => {
  test('the nearest config wins, searching from the folder upward; package.json counts only with a captidy key', async () => {
    const dir = await tempTree({
      'captidy.config.json': '{ "minConfidence": 0.7 }',
      'a/package.json': '{ "name": "x", "version": "1.0.0" }',
      'a/b/package.json': '{ "name": "y", "captidy": { "failOn": 0.9 } }',
      'a/b/c/d/.keep': '',
    })
    expect((await findConfig(join(dir, 'a')))?.minConfidence).toBe(0.7)
    const fromPackage = await findConfig(join(dir, 'a/b/c/d'))
    expect(fromPackage?.path).toBe(join(dir, 'a/b/package.json'))
    expect(fromPackage?.failOn).toBe(0.9)
  })

  test('.captidyrc may be YAML or JSON; glossary paths are relative to the config file', async () => {
    const dir = await tempTree({ 'proj/.captidyrc': 'glossaries:\n  - terms/un.yml\nnormalizers:\n  repetition: false\n' })
    const config = await findConfig(join(dir, 'proj'))
    expect(config?.glossaries).toEqual([join(dir, 'proj/terms/un.yml')])
    expect(config?.normalizers).toEqual({ repetition: false })
    await writeFile(join(dir, 'proj/.captidyrc'), '{ "defaultGlossaries": false }')
    expect((await findConfig(join(dir, 'proj')))?.defaultGlossaries).toBe(false)
  })

  test('no config anywhere gives undefined', async () => {
    const dir = await tempTree({ 'x/.keep': '' })
    await mkdir(join(dir, 'x/y'), { recursive: true })
    // the temp folder's parents hold no captidy config
    expect(await findConfig(join(dir, 'x/y'))).toBeUndefined()
  })
})

describe('errors name the file, the line and the key', () => {
  test('JSON syntax: the line of the fault', () => {
    const error = errorOf('{\n  "minConfidence": 0.5,\n  "failOn": 0.8,\n}\n', '/p/captidy.config.json')
    expect(error.message).toMatch(/^\/p\/captidy\.config\.json:4: invalid JSON/)
    expect(error.line).toBe(4)
  })

  test('YAML syntax: the line of the fault', () => {
    const error = errorOf('minConfidence: 0.5\noverrides:\n  - files: [a\n', '/p/.captidyrc')
    expect(error.message).toMatch(/^\/p\/\.captidyrc:\d: invalid JSON or YAML/)
    expect(error.line).toBeGreaterThanOrEqual(3)
  })

  test.each([
    ['minConfidence: 2\n', 1, 'minConfidence', /number from 0 to 1, got 2/],
    ['failOn: 0.5\nnormalizers:\n  repetition: "yes"\n', 3, 'normalizers.repetition', /true, false or an options object/],
    ['glossaries: terms.yml\n', 1, 'glossaries', /list of strings/],
    ['overrides:\n  - failOn: 0.2\n', 2, 'overrides[0].files', /missing `files`/],
    ['overrides:\n  - files: "a/**"\n    minConfidense: 0.2\n', 3, 'overrides[0].minConfidense', /unknown key/],
    ['format: docx\n', 1, 'format', /one of text, srt, vtt, whisper/],
    ['- a\n', 1, undefined, /is a mapping/],
  ])('%j', (text, line, key, message) => {
    const error = errorOf(text, '/p/.captidyrc')
    expect(error.line).toBe(line)
    expect(error.key).toBe(key)
    expect(error.message).toMatch(message)
  })

  test('in package.json the key path starts at `captidy`', () => {
    const error = errorOf('{\n  "name": "x",\n  "captidy": {\n    "minConfidence": "high"\n  }\n}\n', '/p/package.json')
    expect(error.key).toBe('captidy.minConfidence')
    expect(error.line).toBe(4)
  })
})

describe('settings per file', () => {
  test('overrides whose globs match apply in order over the top level; flags win; glossaries add up', () => {
    const config = parseConfig(
      [
        'minConfidence: 0.6',
        'glossaries: [base.yml]',
        'normalizers: { repetition: false, numbers: true }',
        'overrides:',
        '  - files: "live/**"',
        '    minConfidence: 0.8',
        '    glossaries: [live.yml]',
        '    normalizers: { repetition: true }',
        '  - files: ["**/*.vtt"]',
        '    failOn: 0.9',
      ].join('\n'),
      '/proj/.captidyrc',
    )
    const settingsFor = settingsResolver(config, { failOn: 0.95 })
    const live = settingsFor('/proj/live/day1/a.vtt')
    expect(live.minConfidence).toBe(0.8)
    expect(live.glossaries).toEqual(['/proj/base.yml', '/proj/live.yml'])
    expect(live.normalizers).toEqual({ repetition: true, numbers: true })
    expect(live.failOn).toBe(0.95)
    const other = settingsResolver(config, {})('/proj/archive/a.srt')
    expect(other).toEqual({ minConfidence: 0.6, glossaries: ['/proj/base.yml'], normalizers: { repetition: false, numbers: true } })
    expect(settingsResolver(config, {})('/proj/archive/a.vtt').failOn).toBe(0.9)
  })
})
