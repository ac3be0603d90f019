/**
 * The packed package works for a user: `npm pack` gives a tarball that installs in an empty project,
 * imports with types, cleans a transcript, and runs `npx captidy --help`.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
let project: string
let tarball: string

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'captidy-pack-'))
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>
  tarball = join(project, packed[0]!.filename)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', type: 'module', private: true }))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'typescript@~5.9', '@types/node@20'], { cwd: project, stdio: 'pipe' })
}, 240_000)

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('the packed package', () => {
  it('ships the built code and the dictionaries, not the sources or tests', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    expect(listing).toContain('package/dist/index.js')
    expect(listing).toContain('package/dist/index.d.ts')
    expect(listing).toContain('package/dist/cli.js')
    expect(listing).toContain('package/dist/worker.js')
    expect(listing).toContain('package/dist/glossaries/internet-governance.json')
    expect(listing).toContain('package/dictionaries/internet-governance.yml')
    expect(listing).not.toContain('package/src/')
    expect(listing).not.toContain('package/test/')
  })

  it('runs `npx captidy --help`', () => {
    const help = execFileSync('npx', ['--no-install', 'captidy', '--help'], { cwd: project, encoding: 'utf8' })
    expect(help).toMatch(/^captidy: clean caption transcripts/)
    expect(help).toContain('check')
  })

  it('imports with types and cleans a transcript', () => {
    const program = `import { clean, type Correction } from 'captidy'
const result = await clean('We need the the international community.\\n', { minConfidence: 0.5 })
const first: Correction | undefined = result.corrections[0]
console.log(JSON.stringify({ text: result.text, source: first?.source }))
`
    writeFileSync(join(project, 'use.ts'), program)
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: ['node'] }, files: ['use.ts'] }),
    )
    execFileSync(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: project, stdio: 'pipe' })
    writeFileSync(join(project, 'use.mjs'), program.replace(', type Correction', '').replace(': Correction | undefined', ''))
    const out = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: project, encoding: 'utf8' })) as { text: string; source: string }
    expect(out).toEqual({ text: 'We need the international community.\n', source: 'repetition' })
  }, 120_000)

  it('passes publint and "are the types wrong" for an ESM-only package', () => {
    const publint = execFileSync(join(root, 'node_modules/.bin/publint'), ['--strict', tarball], { cwd: root, encoding: 'utf8' })
    expect(publint).not.toMatch(/error|warning/i)
    // attw exits non-zero on any problem that matters for the profile (CommonJS resolution is ignored).
    const attw = execFileSync(join(root, 'node_modules/.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], { cwd: root, encoding: 'utf8' })
    expect(attw).toContain('🟢 (ESM)')
  }, 60_000)

  it('declares what publishing needs', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({ type: 'module', sideEffects: false, bin: { captidy: './dist/cli.js' } })
  })
})
