/**
 * Test helpers for the CLI. builtCli() builds the CLI (cli.js + worker.js, no declarations) into a folder keyed by a hash of
 * the sources, so the CLI tests run what ships (worker threads included) without touching dist/.
 * Concurrent test files build at most once each and the first finished build wins (atomic rename).
 * The folder is .build/cli-test-HASH (git-ignored): from there the bundle finds `dictionaries/` and
 * package.json by walking up (lexicon/data-path.ts tries one and two levels up). Builds older than
 * ten minutes are removed.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'tsup'

const root = resolve(import.meta.dirname, '..')
const run = promisify(execFile)

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256')
  const files = (await readdir(join(root, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts')).sort()
  for (const file of files) hash.update(file).update(await readFile(join(root, 'src', file)))
  hash.update(await readFile(join(root, 'package.json')))
  return hash.digest('hex').slice(0, 16)
}

/** The built CLI entry (`.../cli.js`). */
export async function builtCli(): Promise<string> {
  const base = join(root, '.build')
  const target = join(base, `cli-test-${await sourceHash()}`)
  if (existsSync(join(target, 'worker.js'))) return join(target, 'cli.js')
  const scratch = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`
  await mkdir(scratch, { recursive: true })
  await build({
    entry: { cli: join(root, 'src/cli/main.ts'), worker: join(root, 'src/cli/worker.ts') },
    outDir: scratch,
    format: ['esm'],
    target: 'node20',
    splitting: true,
    dts: false,
    silent: true,
    config: false,
    external: [/^[^./]/],
  })
  try {
    await rename(scratch, target)
  } catch {
    await rm(scratch, { recursive: true, force: true }) // another test file finished first
  }
  for (const old of await readdir(base)) {
    const path = join(base, old)
    if (!old.startsWith('cli-test-') || path === target) continue
    const age = Date.now() - (await stat(path).then((s) => s.mtimeMs, () => Date.now()))
    if (age > 10 * 60_000) await rm(path, { recursive: true, force: true })
  }
  return join(target, 'cli.js')
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built CLI in `cwd` with `args` (and optional stdin). */
export async function runCli(cli: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    if (typeof failed.code !== 'number') throw error
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/** An Io that records what the CLI prints, with files under `cwd`. */
export function memoryIo(cwd: string, options: { stdin?: string | Uint8Array; ttyStderr?: boolean; ttyStdout?: boolean } = {}) {
  const out: string[] = []
  const err: string[] = []
  const io = {
    stdout: { write: (chunk: string) => out.push(chunk), isTTY: options.ttyStdout ?? false },
    stderr: { write: (chunk: string) => err.push(chunk), isTTY: options.ttyStderr ?? false },
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    cwd,
    env: { NO_COLOR: '1' } as Record<string, string | undefined>,
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join('') }
}

/** The lines of the dev fixture (raw captions of a real session). */
export async function devLines(): Promise<string[]> {
  const text = await readFile(join(root, 'fixtures/igf2017-cybersecurity/dev.txt'), 'utf8')
  return text.split('\n').filter((line) => line.trim().length > 0)
}

/** A fresh temporary folder with `files` (path -> content) written in it. */
export async function tempTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const { mkdtemp, writeFile } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const { dirname } = await import('node:path')
  const dir = await mkdtemp(join(tmpdir(), 'captidy-cli-'))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}
