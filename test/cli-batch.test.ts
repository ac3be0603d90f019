/**
 * The batch CLI in-process (from source, main thread): inputs (files, folders, globs, ignore files),
 * exit codes, fix on stdout and --write / --out-dir, shards, the cache, config discovery, progress.
 * Files are lines of the dev fixture; what to expect is computed with the library on the same text.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { main } from '../src/cli/app.js'
import { createProgress } from '../src/cli/batch/progress.js'
import { parseDocument } from '../src/formats/index.js'
import { createPipeline, type CleanResult } from '../src/pipeline/pipeline.js'
import { devLines, memoryIo, tempTree } from './cli-helpers.js'
import { toCues, toSrt, toVtt } from './helpers/captions.js'

let cleanText: (text: string, path?: string) => CleanResult
/** Fixture lines with an applied correction, and lines with nothing to report. */
let fixable: string[]
let clean: string[]

beforeAll(async () => {
  const pipeline = createPipeline()
  cleanText = (text, path = 'x.txt') => pipeline.run(parseDocument(text, { path }))
  const lines = await devLines()
  fixable = []
  clean = []
  for (const line of lines) {
    if (fixable.length >= 6 && clean.length >= 6) break
    const result = cleanText(`${line}\n`)
    if (result.corrections.some((c) => c.applied)) fixable.push(line)
    else if (result.corrections.length === 0 && result.flags.length === 0 && line.split(' ').length > 5) clean.push(line)
  }
  expect(fixable.length).toBeGreaterThanOrEqual(6)
  expect(clean.length).toBeGreaterThanOrEqual(6)
}, 120_000)

async function cli(cwd: string, argv: string[], options: Parameters<typeof memoryIo>[1] = {}) {
  const { io, stdout, stderr } = memoryIo(cwd, options)
  const code = await main(argv, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

type JsonReport = Array<{ path: string; corrections: CleanResult['corrections']; flags: CleanResult['flags']; error?: string }>

describe('inputs', () => {
  test('a folder gives its caption files (txt, srt, vtt, Whisper json) in sorted order, skipping other files and ignored ones', async () => {
    const cues = toCues(fixable.slice(0, 2).join('\n'))
    const dir = await tempTree({
      'captions/b.txt': `${fixable[0]}\n`,
      'captions/a/one.srt': toSrt(cues),
      'captions/a/two.VTT': toVtt(cues),
      'captions/notes.md': `${fixable[1]}\n`,
      'captions/settings.json': '{ "theme": "dark" }\n',
      'captions/whisper.json': JSON.stringify({ text: fixable[2], segments: [{ id: 0, start: 0, end: 2, text: ` ${fixable[2]}` }] }),
      'captions/drafts/old.txt': `${fixable[3]}\n`,
      'captions/private.txt': `${fixable[4]}\n`,
      'captions/node_modules/pkg/readme.txt': `${fixable[5]}\n`,
      '.gitignore': 'drafts/\n',
      'captions/.captidyignore': 'private.txt\n',
    })
    const { code, stdout } = await cli(dir, ['check', 'captions', '--reporter', 'json', '--jobs', '1'])
    const report = JSON.parse(stdout) as JsonReport
    expect(report.map((r) => r.path)).toEqual(['captions/a/one.srt', 'captions/a/two.VTT', 'captions/b.txt', 'captions/whisper.json'])
    expect(code).toBe(1)
    const expected = cleanText(`${fixable[0]}\n`, 'captions/b.txt')
    expect(report.find((r) => r.path === 'captions/b.txt')?.corrections).toEqual(JSON.parse(JSON.stringify(expected.corrections)))
  })

  test('a glob gives what it matches, and a file named on the command line is taken even when ignored', async () => {
    const dir = await tempTree({
      'c/x.srt': toSrt(toCues(clean[0]!)),
      'c/y.vtt': toVtt(toCues(clean[1]!)),
      'c/z.txt': `${clean[2]}\n`,
      'c/skip/w.srt': toSrt(toCues(clean[3]!)),
      '.captidyignore': 'skip\n',
    })
    const globbed = await cli(dir, ['check', 'c/**/*.{srt,vtt}', '-r', 'json', '-q'])
    expect((JSON.parse(globbed.stdout) as JsonReport).map((r) => r.path)).toEqual(['c/x.srt', 'c/y.vtt'])
    expect(globbed.code).toBe(0)
    const named = await cli(dir, ['check', 'c/skip/w.srt', '-r', 'json', '-q'])
    expect((JSON.parse(named.stdout) as JsonReport).map((r) => r.path)).toEqual(['c/skip/w.srt'])
  })

  test('a missing file, a glob matching nothing and a binary file each exit 2, named, while the other files are still reported', async () => {
    const dir = await tempTree({ 'ok.txt': `${fixable[0]}\n`, 'bin.txt': new Uint8Array([0x68, 0x69, 0x00, 0x01]), 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) })
    const { code, stdout, stderr } = await cli(dir, ['check', 'ok.txt', 'bin.txt', 'latin1.txt', 'gone.txt', 'nothing/**/*.srt', '-r', 'json'])
    expect(code).toBe(2)
    const report = JSON.parse(stdout) as JsonReport
    expect(report.find((r) => r.path === 'ok.txt')?.corrections.length).toBeGreaterThan(0)
    expect(report.find((r) => r.path === 'bin.txt')?.error).toMatch(/^bin\.txt:1:3: .*NUL byte/)
    expect(report.find((r) => r.path === 'latin1.txt')?.error).toMatch(/^latin1\.txt:1:4: .*UTF-8/)
    expect(stderr).toMatch(/gone\.txt: cannot read: no such file/)
    expect(stderr).toMatch(/nothing\/\*\*\/\*\.srt: no files match/)
  })
})

describe('exit codes and --fail-on', () => {
  test('0 when nothing is to apply, 1 when a correction is; --fail-on gates on confidence', async () => {
    const dir = await tempTree({ 'clean.txt': `${clean[0]}\n`, 'fix.txt': `${fixable[0]}\n` })
    expect((await cli(dir, ['check', 'clean.txt'])).code).toBe(0)
    expect((await cli(dir, ['check', 'fix.txt'])).code).toBe(1)
    const top = Math.max(...cleanText(`${fixable[0]}\n`).corrections.map((c) => c.confidence))
    expect((await cli(dir, ['check', 'fix.txt', '--fail-on', String(top)])).code).toBe(1)
    expect((await cli(dir, ['check', 'fix.txt', '--fail-on', String(Math.min(1, top + 0.001))])).code).toBe(top >= 1 ? 1 : 0)
  })

  test('a bad option exits 2 and names it', async () => {
    const dir = await tempTree({ 'a.txt': 'hello\n' })
    for (const argv of [['--jobs', '0'], ['--shard', '3/2'], ['--reporter', 'xml'], ['--fail-on', '2'], ['--min-confidence', 'x']]) {
      const { code, stderr } = await cli(dir, ['check', 'a.txt', ...argv])
      expect(code).toBe(2)
      expect(stderr).toContain(argv[0])
    }
  })
})

describe('fix', () => {
  test('fix FILE prints the cleaned file on stdout and nothing else there; - reads stdin', async () => {
    const dir = await tempTree({ 'a.txt': `${fixable[0]}\n${clean[0]}\n` })
    const expected = cleanText(`${fixable[0]}\n${clean[0]}\n`, 'a.txt').text
    const file = await cli(dir, ['fix', 'a.txt'])
    expect(file).toEqual({ code: 0, stdout: expected, stderr: '' })
    const piped = await cli(dir, ['fix', '-'], { stdin: `${fixable[0]}\n${clean[0]}\n` })
    expect(piped.stdout).toBe(expected)
  })

  test('--write rewrites changed files atomically, leaves no temporary file, and leaves a broken file untouched', async () => {
    const broken = new Uint8Array([...new TextEncoder().encode(`${fixable[1]} `), 0xc3, 0x28, 0x0a])
    const dir = await tempTree({ 'in/a.txt': `${fixable[0]}\n`, 'in/b.txt': `${clean[0]}\n`, 'in/broken.txt': broken, 'in/c.srt': toSrt(toCues(fixable[2]!)) })
    const before = await readFile(join(dir, 'in/b.txt'))
    const { code, stdout, stderr } = await cli(dir, ['fix', '--write', 'in'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/in\/broken\.txt:1:\d+: expected UTF-8/)
    expect(await readFile(join(dir, 'in/a.txt'), 'utf8')).toBe(cleanText(`${fixable[0]}\n`, 'in/a.txt').text)
    const srt = toSrt(toCues(fixable[2]!))
    expect(await readFile(join(dir, 'in/c.srt'), 'utf8')).toBe(cleanText(srt, 'in/c.srt').text)
    expect(await readFile(join(dir, 'in/b.txt'))).toEqual(before)
    expect(new Uint8Array(await readFile(join(dir, 'in/broken.txt')))).toEqual(broken)
    expect((await readdir(join(dir, 'in'))).sort()).toEqual(['a.txt', 'b.txt', 'broken.txt', 'c.srt'])
    expect(stderr).toMatch(/captidy: 4 files, .* 2 written/)
  })

  test('--out-dir writes cleaned copies of every file under the folder, keeping relative paths, and leaves the inputs alone', async () => {
    const dir = await tempTree({ 'in/a.txt': `${fixable[0]}\n`, 'in/sub/b.txt': `${clean[0]}\n` })
    const { code } = await cli(dir, ['fix', '--out-dir', 'out', 'in', '-q'])
    expect(code).toBe(0)
    expect(await readFile(join(dir, 'out/in/a.txt'), 'utf8')).toBe(cleanText(`${fixable[0]}\n`).text)
    expect(await readFile(join(dir, 'out/in/sub/b.txt'), 'utf8')).toBe(`${clean[0]}\n`)
    expect(await readFile(join(dir, 'in/a.txt'), 'utf8')).toBe(`${fixable[0]}\n`)
    // An out-dir inside the scanned folder: its copies are not taken as inputs on the next run.
    const again = await cli(dir, ['fix', '--out-dir', 'in/clean', 'in'])
    expect(again.stderr).toMatch(/^captidy: 2 files,/)
    expect(existsSync(join(dir, 'in/clean/in/a.txt'))).toBe(true)
    expect((await cli(dir, ['fix', '--out-dir', 'in/clean', 'in'])).stderr).toMatch(/^captidy: 2 files,/)
  })
})

describe('--shard', () => {
  test('shards partition the sorted file list: every file in exactly one, the same on every run', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 11; i++) files[`d/f${String(i).padStart(2, '0')}.txt`] = `${clean[i % clean.length]}\n`
    const dir = await tempTree(files)
    const shards: string[][] = []
    for (let i = 1; i <= 3; i++) {
      const { stdout } = await cli(dir, ['check', 'd', '--shard', `${i}/3`, '-r', 'json', '-q'])
      shards.push((JSON.parse(stdout) as JsonReport).map((r) => r.path))
    }
    expect(shards.flat()).toEqual(Object.keys(files).sort())
    for (const shard of shards) expect(shard.length === 3 || shard.length === 4).toBe(true)
    const again = await cli(dir, ['check', 'd', '--shard', '2/3', '-r', 'json', '-q'])
    expect((JSON.parse(again.stdout) as JsonReport).map((r) => r.path)).toEqual(shards[1])
  })
})

describe('--cache', () => {
  test('a second run takes unchanged files from the cache with the same report; a changed file or other options are cleaned again', async () => {
    const dir = await tempTree({ 'a.txt': `${fixable[0]}\n`, 'b.txt': `${fixable[1]}\n` })
    const first = await cli(dir, ['check', '.', '--cache', '-r', 'json'])
    expect(first.stderr).not.toMatch(/from cache/)
    expect(existsSync(join(dir, '.captidy-cache/cache.json'))).toBe(true)
    const second = await cli(dir, ['check', '.', '--cache', '-r', 'json'])
    expect(second.stderr).toMatch(/2 files \(2 from cache\)/)
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(first.code)
    await writeFile(join(dir, 'b.txt'), `${clean[0]}\n`)
    const third = await cli(dir, ['check', '.', '--cache', '-r', 'json'])
    expect(third.stderr).toMatch(/2 files \(1 from cache\)/)
    expect((JSON.parse(third.stdout) as JsonReport)[1]?.corrections).toEqual([])
    const other = await cli(dir, ['check', '.', '--cache', '--min-confidence', '0.99', '-r', 'json'])
    expect(other.stderr).not.toMatch(/from cache/)
  })
})

describe('config', () => {
  test('found from the working folder upward; overrides apply per folder; flags win', async () => {
    const top = Math.max(...cleanText(`${fixable[0]}\n`).corrections.filter((c) => c.applied).map((c) => c.confidence))
    const dir = await tempTree({
      '.captidyrc': `# YAML\nfailOn: 1\noverrides:\n  - files: "work/strict/**"\n    failOn: 0.01\n`,
      'work/loose/a.txt': `${fixable[0]}\n`,
      'work/strict/a.txt': `${fixable[0]}\n`,
    })
    const cwd = join(dir, 'work')
    expect((await cli(cwd, ['check', 'loose'])).code).toBe(top >= 1 ? 1 : 0)
    expect((await cli(cwd, ['check', 'strict'])).code).toBe(1)
    expect((await cli(cwd, ['check', 'loose', '--fail-on', '0'])).code).toBe(1)
    expect((await cli(cwd, ['check', 'strict', '--no-config'])).code).toBe(1)
  })

  test('a bad config exits 2 naming the file, the line and the key', async () => {
    const dir = await tempTree({ 'captidy.config.json': '{\n  "minConfidence": 0.5,\n  "overrides": [\n    { "files": "x/**", "failOn": "high" }\n  ]\n}\n', 'a.txt': 'hello\n' })
    const { code, stderr } = await cli(dir, ['check', 'a.txt'])
    expect(code).toBe(2)
    expect(stderr).toContain(`${join(dir, 'captidy.config.json')}:4: overrides[0].failOn: must be a number from 0 to 1`)
    const broken = await tempTree({ 'sub/.captidyrc': 'minConfidence: 0.5\nnormalizers: [a\n', 'a.txt': 'hello\n' })
    const parse = await cli(broken, ['check', 'a.txt', '--config', 'sub/.captidyrc'])
    expect(parse.code).toBe(2)
    expect(parse.stderr).toMatch(/sub\/\.captidyrc:\d: invalid JSON or YAML/)
  })
})

describe('progress and summary', () => {
  test('no progress line when stderr is not a terminal; the summary counts files and records', async () => {
    const dir = await tempTree({ 'a.txt': `${fixable[0]}\n`, 'b.txt': `${clean[0]}\n` })
    const { stderr } = await cli(dir, ['check', '.'])
    expect(stderr).not.toContain('\r')
    const applied = cleanText(`${fixable[0]}\n`).corrections.filter((c) => c.applied).length
    expect(stderr).toMatch(new RegExp(`^captidy: 2 files, ${applied} corrections? to apply, \\d+ suggested, \\d+ flagged \\(\\d+\\.\\d s\\)\\n$`))
  })

  test('on a terminal, the progress line appears once the batch has run for a moment, and is erased at the end', () => {
    let now = 0
    const written: string[] = []
    const tty = { write: (s: string) => written.push(s), isTTY: true }
    const progress = createProgress(tty, 10, { enabled: true, now: () => now })
    progress.update(1)
    expect(written).toEqual([])
    now = 1000
    progress.update(5)
    expect(written.join('')).toContain(' 5/10 files (50%)')
    progress.stop()
    expect(written.at(-1)).toBe('\r\x1b[2K')
    const quiet: string[] = []
    const pipe = createProgress({ write: (s: string) => quiet.push(s), isTTY: false }, 10, { enabled: true, now: () => now })
    now = 5000
    pipe.update(9)
    pipe.stop()
    expect(quiet).toEqual([])
  })
})

describe('normalizer ids', () => {
  test('an unknown normalizer id in the config or in --disable exits 2 before any file is cleaned, naming where', async () => {
    const dir = await tempTree({ '.captidyrc': 'overrides:\n  - files: "**"\n    normalizers: { repetiton: false }\n', 'a.txt': `${fixable[0]}\n` })
    const config = await cli(dir, ['check', 'a.txt', '-r', 'json'])
    expect(config.code).toBe(2)
    expect(config.stdout).toBe('')
    expect(config.stderr).toContain(`${join(dir, '.captidyrc')}: overrides[0].normalizers.repetiton: no such normalizer`)
    const flag = await cli(dir, ['check', 'a.txt', '--no-config', '--disable', 'repetiton'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/--enable\/--disable: repetiton: no such normalizer \(known: .*repetition/)
  })
})

describe('fix on stdout takes one file', () => {
  test('a folder naming several files is a usage error (exit 2) and nothing is printed on stdout', async () => {
    const dir = await tempTree({ 'd/a.txt': `${fixable[0]}\n`, 'd/b.txt': `${fixable[1]}\n` })
    const { code, stdout, stderr } = await cli(dir, ['fix', 'd'])
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toMatch(/fix prints one file, and 'd' name 2; use --write/)
  })
})

describe('fix --write with --cache', () => {
  test('files left unchanged are skipped on the next run; rewritten files are cleaned again once', async () => {
    const dir = await tempTree({ 'a.txt': `${fixable[0]}\n`, 'b.txt': `${clean[0]}\n` })
    const first = await cli(dir, ['fix', '--write', '.', '--cache'])
    expect(first.stderr).toMatch(/2 files, .* 1 written/)
    const second = await cli(dir, ['fix', '--write', '.', '--cache'])
    expect(second.stderr).toMatch(/2 files \(1 from cache\)/)
    const cleaned = cleanText(`${fixable[0]}\n`).text
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe(cleanText(cleaned).text)
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe(`${clean[0]}\n`)
  })
})

describe('glossaries from the config', () => {
  test('a glossary named in the config (relative to it) is used; editing it re-cleans the files that use it under --cache', async () => {
    // A made-up treaty, so no shipped glossary knows it.
    const glossary = 'name: law\nterms:\n  - term: Zorblax Accord\n    kind: name\n    variants: [zorblacks accord]\n'
    const text = `${clean[0]} The zorblacks accord applies here.\n`
    const dir = await tempTree({ 'conf/.captidyrc': 'overrides:\n  - files: "../law/**"\n    glossaries: [terms/law.yml]\n', 'conf/terms/law.yml': glossary, 'law/a.txt': text, 'other/b.txt': text })
    const run = () => cli(dir, ['check', 'law', 'other', '--config', 'conf/.captidyrc', '--cache', '-r', 'json'])
    const first = await run()
    const report = JSON.parse(first.stdout) as JsonReport
    const usesGlossary = (r: JsonReport[number] | undefined) => r?.corrections.some((c) => c.glossaryTerm === 'Zorblax Accord') ?? false
    expect(usesGlossary(report[0])).toBe(true)
    expect(usesGlossary(report[1])).toBe(false)
    expect((await run()).stderr).toMatch(/2 files \(2 from cache\)/)
    await writeFile(join(dir, 'conf/terms/law.yml'), `${glossary}  - term: Quuxland Protocol\n    kind: name\n`)
    expect((await run()).stderr).toMatch(/2 files \(1 from cache\)/)
    await writeFile(join(dir, 'conf/terms/law.yml'), 'terms:\n  - term: Quuxland Protocol\n    kind: nmae\n')
    const bad = await run()
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`${join(dir, 'conf/terms/law.yml')}:3: terms[0].kind`)
  })
})

describe('extensions and config ignore', () => {
  test('--ext and the config `extensions` choose what folders give; the config `ignore` list excludes like .gitignore', async () => {
    const dir = await tempTree({
      'c/a.srt': toSrt(toCues(clean[0]!)),
      'c/b.txt': `${clean[1]}\n`,
      'c/old/c.srt': toSrt(toCues(clean[2]!)),
      'c/d.webvtt': toVtt(toCues(clean[3]!)),
    })
    const paths = async (argv: string[]) => (JSON.parse((await cli(dir, ['check', 'c', '-r', 'json', '-q', ...argv])).stdout) as JsonReport).map((r) => r.path)
    expect(await paths([])).toEqual(['c/a.srt', 'c/b.txt', 'c/old/c.srt'])
    expect(await paths(['--ext', 'srt,.webvtt'])).toEqual(['c/a.srt', 'c/d.webvtt', 'c/old/c.srt'])
    await writeFile(join(dir, '.captidyrc'), 'extensions: [srt, txt]\nignore: ["c/old/"]\n')
    expect(await paths([])).toEqual(['c/a.srt', 'c/b.txt'])
  })
})
