// Where the time goes: runs the default pipeline on a transcript (default: the dev fixture), or with
// --cold `captidy fix` on a one-line file, under `node --cpu-prof`, then attributes CPU samples to
// source modules (tsup keeps `// src/...` markers in the bundle): self time per module, and time with
// callees per captidy module.
//   npm run build && node bench/profile.mjs [FILE] [--cold] [--top N]
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '15' }, cold: { type: 'boolean' } }, allowPositionals: true })
const input = positionals[0] ?? join(root, 'fixtures/igf2017-cybersecurity/dev.txt')
const dist = join(root, '.build', 'profile-dist')
rmSync(dist, { recursive: true, force: true })
cpSync(join(root, 'dist'), dist, { recursive: true })
const out = mkdtempSync(join(tmpdir(), 'captidy-prof-'))
let headline
if (values.cold) {
  const line = join(out, 'one.txt')
  writeFileSync(line, 'The Internet Governance Forum opens its the the twelfth meeting in Geneva.\n')
  const started = performance.now()
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, join(dist, 'cli.js'), 'fix', line, '--no-config'], { cwd: out })
  headline = `captidy fix on a one-line file: ${(performance.now() - started).toFixed(0)} ms wall`
} else {
  const result = execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, join(root, 'bench/scenario.mjs'), 'captidy', input], {
    env: { ...process.env, CAPTIDY_DIST: dist },
  })
  const { setupMs, runMs, words } = JSON.parse(String(result))
  headline = `${input.replace(`${root}/`, '')}: ${words} words; setup ${setupMs.toFixed(0)} ms, run ${runMs.toFixed(0)} ms`
}
const profile = JSON.parse(readFileSync(join(out, readdirSync(out).find((f) => f.endsWith('.cpuprofile'))), 'utf8'))

const bundles = new Map()
function moduleOf(url, line) {
  if (!url) return '(native)'
  if (url.includes('/node_modules/')) return `node_modules/${url.split('/node_modules/')[1].split('/')[0]}`
  if (!url.startsWith('file://')) return url.split('/').slice(0, 2).join('/')
  let lines = bundles.get(url)
  if (!lines) bundles.set(url, (lines = readFileSync(fileURLToPath(url), 'utf8').split('\n')))
  for (let i = line; i >= 0; i--) if (lines[i]?.startsWith('// src/')) return lines[i].slice(3)
  return url.slice(url.lastIndexOf('/') + 1)
}
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
const self = new Map()
const inclusive = new Map()
let total = 0
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000
  total += dt
  const node = nodes.get(id)
  const own = moduleOf(node.callFrame.url, node.callFrame.lineNumber)
  self.set(own, (self.get(own) ?? 0) + dt)
  const seen = new Set()
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const frame = nodes.get(at).callFrame
    const module = moduleOf(frame.url, frame.lineNumber)
    if (!seen.has(module)) {
      seen.add(module)
      inclusive.set(module, (inclusive.get(module) ?? 0) + dt)
    }
  }
})
rmSync(out, { recursive: true, force: true })
rmSync(dist, { recursive: true, force: true })

const top = Number(values.top)
const show = (title, map, filter = () => true) => {
  console.log(`\n${title}`)
  for (const [name, ms] of [...map].filter(([name]) => filter(name)).sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
  }
}
console.log(`${headline}; ${total.toFixed(0)} ms of CPU samples`)
show('self time by module', self)
show('time with callees, captidy modules', inclusive, (name) => name.startsWith('src/') && !name.startsWith('src/pipeline/'))
