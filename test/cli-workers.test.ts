/**
 * The built CLI (cli.js + worker.js, as shipped) in a child process: worker threads give the same
 * reports and writes as the main thread, and `fix FILE` prints only the cleaned file.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseDocument } from '../src/formats/index.js'
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js'
import { builtCli, devLines, runCli, tempTree } from './cli-helpers.js'
import { toCues, toSrt, toVtt } from './helpers/captions.js'

let cli: string
let pipeline: Pipeline
let files: Record<string, string>

beforeAll(async () => {
  ;[cli] = await Promise.all([builtCli()])
  pipeline = createPipeline()
  const lines = await devLines()
  files = {}
  // 16 files of 12 fixture lines each (about 75 KB in all: enough for the batch to go to workers).
  for (let i = 0; i < 16; i++) {
    const chunk = lines.slice((i * 5) % (lines.length - 12), ((i * 5) % (lines.length - 12)) + 12).join('\n')
    const name = `captions/s${String(i).padStart(2, '0')}`
    files[i % 3 === 0 ? `${name}.txt` : i % 3 === 1 ? `${name}.srt` : `${name}.vtt`] =
      i % 3 === 0 ? `${chunk}\n` : i % 3 === 1 ? toSrt(toCues(chunk)) : toVtt(toCues(chunk))
  }
}, 180_000)

// The machine may be busy: these run the whole pipeline over the batch twice.
describe('worker threads', { timeout: 240_000 }, () => {
  test('check on 2 threads reports exactly what the main thread reports', async () => {
    const dir = await tempTree(files)
    const [workers, main] = await Promise.all([
      runCli(cli, ['check', 'captions', '-r', 'json', '--jobs', '2'], dir),
      runCli(cli, ['check', 'captions', '-r', 'json', '--jobs', '1'], dir),
    ])
    expect(workers.stderr).toMatch(/captidy: 16 files, .*, 2 threads\)\n$/)
    expect(main.stderr).not.toMatch(/threads/)
    expect(workers.code).toBe(main.code)
    expect(workers.stdout).toBe(main.stdout)
    const report = JSON.parse(workers.stdout) as Array<{ path: string; corrections: unknown[] }>
    expect(report.map((r) => r.path)).toEqual(Object.keys(files).sort())
    const first = report[0]!
    expect(first.corrections).toEqual(JSON.parse(JSON.stringify(pipeline.run(parseDocument(files[first.path]!, { path: first.path })).corrections)))
  })

  test('fix --write on 2 threads writes every file as the library cleans it, and leaves no temporary files', async () => {
    const dir = await tempTree(files)
    const { code, stdout } = await runCli(cli, ['fix', '--write', 'captions', '--jobs', '2'], dir)
    expect(code).toBe(0)
    expect(stdout).toBe('')
    for (const [path, raw] of Object.entries(files)) {
      expect(await readFile(join(dir, path), 'utf8'), path).toBe(pipeline.run(parseDocument(raw, { path })).text)
    }
    expect((await readdir(join(dir, 'captions'))).sort()).toEqual(Object.keys(files).map((p) => p.slice('captions/'.length)).sort())
  })
})

describe('fix FILE', { timeout: 60_000 }, () => {
  test('prints the cleaned file on stdout and nothing on stderr', async () => {
    const path = 'captions/s01.srt'
    const dir = await tempTree({ [path]: files[path]! })
    const { code, stdout, stderr } = await runCli(cli, ['fix', path], dir)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout).toBe(pipeline.run(parseDocument(files[path]!, { path })).text)
  })
})
