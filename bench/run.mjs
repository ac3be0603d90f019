// captidy benchmark (`npm run bench`, which builds first): throughput and peak memory of the default
// pipeline on a large transcript and on a batch of caption files, the retext-spell baseline on the
// same transcript, and the cold start of `captidy fix`. Each scenario runs in its own child process.
// Prints a table and writes docs/readme/performance.md.
//   node bench/run.mjs [--files N] [--copies N] [--runs N] [--no-write]
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: { files: { type: 'string', default: '520' }, copies: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' }, 'no-write': { type: 'boolean' } },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs must be a whole number of at least 1, got ${values.runs}`)
  process.exit(2)
}
if (!existsSync(join(root, 'dist/cli.js')) || !existsSync(join(root, 'dist/worker.js'))) {
  console.error('bench: build first (npm run build), dist/cli.js and dist/worker.js are needed')
  process.exit(2)
}
// A snapshot of dist/, so a rebuild during the run does not pull chunks from under it. It lives two
// levels below the package root (git-ignored .build/), from where the bundle finds dictionaries/.
const dist = join(root, '.build', 'bench-dist')
rmSync(dist, { recursive: true, force: true })
cpSync(join(root, 'dist'), dist, { recursive: true })
const cli = join(dist, 'cli.js')

const dev = readFileSync(join(root, 'fixtures/igf2017-cybersecurity/dev.txt'), 'utf8')
const work = mkdtempSync(join(tmpdir(), 'captidy-bench-'))
const countWords = (text) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0

// The large transcript: the dev fixture repeated.
const large = join(work, 'large.txt')
writeFileSync(large, Array.from({ length: Number(values.copies) }, () => dev).join('\n'))

// The batch: N caption files (SRT and WebVTT alternately), each a window of 3 lines of the fixture laid
// out as a captioner would (lines of at most 37 characters, 2 lines a cue).
const lines = dev.split('\n').filter((line) => line.trim())
const batch = join(work, 'captions')
let batchWords = 0
const stamp = (ms, sep) => {
  const p = (v, w = 2) => String(v).padStart(w, '0')
  return `${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${p(Math.floor(ms / 1000) % 60)}${sep}${p(ms % 1000, 3)}`
}
for (let i = 0; i < Number(values.files); i++) {
  const start = (i * 7) % (lines.length - 3)
  const text = lines.slice(start, start + 3).join(' ')
  batchWords += countWords(text)
  const cueLines = []
  let current = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > 37) {
      cueLines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  if (current) cueLines.push(current)
  const vtt = i % 2 === 1
  const cues = []
  for (let k = 0; k < cueLines.length; k += 2) {
    const n = k / 2
    const timing = `${stamp(n * 2500, vtt ? '.' : ',')} --> ${stamp(n * 2500 + 2400, vtt ? '.' : ',')}`
    cues.push([...(vtt ? [] : [String(n + 1)]), timing, ...cueLines.slice(k, k + 2)].join('\n'))
  }
  const folder = join(batch, `day${(i % 5) + 1}`)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, `session-${String(i).padStart(3, '0')}.${vtt ? 'vtt' : 'srt'}`), `${vtt ? 'WEBVTT\n\n' : ''}${cues.join('\n\n')}\n`)
}
const oneLine = join(work, 'one.txt')
writeFileSync(oneLine, 'The Internet Governance Forum opens its the the twelfth meeting in Geneva.\n')

function inProcess(kind) {
  const out = execFileSync(process.execPath, [join(root, 'bench/scenario.mjs'), kind, large], { cwd: root, maxBuffer: 1 << 26, env: { ...process.env, CAPTIDY_DIST: dist } })
  return JSON.parse(String(out))
}

function cliRun(args, cwd = work) {
  const rssFile = join(work, `rss-${Math.random().toString(36).slice(2)}.json`)
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', join(root, 'bench/rss.mjs'), cli, ...args], {
    cwd,
    env: { ...process.env, CAPTIDY_BENCH_RSS: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  })
  const ms = performance.now() - started
  if (result.status !== 0 && result.status !== 1) throw new Error(`captidy ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  const { maxRssKiB, cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'))
  return { ms, maxRssKiB, cpuMs, stderr: String(result.stderr) }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const mib = (kib) => kib / 1024
const cores = availableParallelism()
const rows = []
const log = (message) => process.stderr.write(`bench: ${message}\n`)

log(`large transcript: ${countWords(readFileSync(large, 'utf8'))} words (dev fixture x${values.copies})`)
// The pipeline and the baseline take turns, so a busy spell of the machine falls on both; each row is
// the run with the median time, with the highest peak memory of all its runs.
const pipelineRuns = []
const baselineRuns = []
for (let i = 0; i < runs; i++) {
  pipelineRuns.push(inProcess('captidy'))
  baselineRuns.push(inProcess('baseline'))
  log(`run ${i + 1} of ${runs}: captidy ${pipelineRuns[i].runMs.toFixed(0)} ms, baseline ${baselineRuns[i].runMs.toFixed(0)} ms`)
}
const medianRun = (list) => ({ ...[...list].sort((a, b) => a.runMs - b.runMs)[Math.floor(list.length / 2)], maxRssKiB: Math.max(...list.map((r) => r.maxRssKiB)) })
const captidy = medianRun(pipelineRuns)
const baseline = medianRun(baselineRuns)
const ofRuns = runs > 1 ? `, median of ${runs}` : ''
rows.push({ scenario: `pipeline, one large transcript (dev x${values.copies}${ofRuns})`, words: captidy.words, ms: captidy.runMs, setup: captidy.setupMs, rss: captidy.maxRssKiB, cpu: captidy.cpuMs })
rows.push({ scenario: `baseline retext-english + retext-spell (dictionary-en), same transcript${ofRuns}`, words: baseline.words, ms: baseline.runMs, setup: baseline.setupMs, rss: baseline.maxRssKiB, cpu: baseline.cpuMs })

log(`batch: ${values.files} SRT/VTT files, ${batchWords} words`)
const single = cliRun(['check', 'captions', '--jobs', '1', '--reporter', 'json', '--no-config'])
rows.push({ scenario: `batch, ${values.files} caption files, 1 thread (\`check --jobs 1\`)`, words: batchWords, ms: single.ms, rss: single.maxRssKiB, cpu: single.cpuMs })
log(`batch 1 thread ${single.ms.toFixed(0)} ms`)
const all = cliRun(['check', 'captions', '--jobs', String(cores), '--reporter', 'json', '--no-config'])
rows.push({ scenario: `batch, ${values.files} caption files, ${cores} threads (\`check --jobs ${cores}\`)`, words: batchWords, ms: all.ms, rss: all.maxRssKiB, cpu: all.cpuMs })
log(`batch ${cores} threads ${all.ms.toFixed(0)} ms`)

const starts = []
let startRss = 0
for (let i = 0; i < 5; i++) {
  const run = cliRun(['fix', 'one.txt', '--no-config'])
  starts.push(run)
  startRss = Math.max(startRss, run.maxRssKiB)
}
const coldRun = starts.sort((a, b) => a.ms - b.ms)[2]
const cold = coldRun.ms
rows.push({ scenario: 'cold start, `captidy fix` on a one-line file (median of 5)', words: 12, ms: cold, rss: startRss, cpu: coldRun.cpuMs })
log(`cold start ${cold.toFixed(0)} ms`)
rmSync(work, { recursive: true, force: true })
rmSync(dist, { recursive: true, force: true })

const ratio = captidy.runMs / baseline.runMs
const cpuRatio = captidy.cpuMs / baseline.cpuMs
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
const table = [
  '| scenario | words | time | CPU time | words/s | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${fmt(r.words)} | ${fmt(r.ms / 1000, 2)} s${r.setup !== undefined ? ` (+${fmt(r.setup / 1000, 2)} s setup)` : ''} | ${fmt(r.cpu / 1000, 2)} s | ${r.words > 100 ? fmt(r.words / (r.ms / 1000)) : '–'} | ${fmt(mib(r.rss))} MiB |`,
  ),
].join('\n')

const peak = Math.max(...rows.filter((r) => !r.scenario.startsWith('baseline')).map((r) => mib(r.rss)))
const targets = [
  `pipeline time / baseline time = ${fmt(ratio, 2)} (CPU time ${fmt(cpuRatio, 2)}; target <= 0.5): ${ratio <= 0.5 ? 'met' : 'MISSED'}`,
  `peak memory ${fmt(peak)} MiB (target <= 300 MiB): ${peak <= 300 ? 'met' : 'MISSED'}`,
  `cold start ${fmt(cold / 1000, 2)} s (target <= 0.5 s): ${cold <= 500 ? 'met' : 'MISSED'}`,
]
const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model
  } catch {
    return cpus()[0]?.model
  }
})()
const machine = `${cores} cores (${cpuModel}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end of the run`

console.log(table)
console.log()
for (const line of targets) console.log(line)
console.log(`machine: ${machine}`)

// When a target is missed, say where the time goes (bench/profile.mjs on the dev fixture and on the cold start).
const profiles = []
if (ratio > 0.5 || cold > 500) {
  log('profiling (a target was missed)')
  const profile = (args) => String(execFileSync(process.execPath, [join(root, 'bench/profile.mjs'), '--top', '10', ...args], { cwd: root })).trim()
  if (ratio > 0.5) profiles.push(['The pipeline on the dev fixture (`node bench/profile.mjs`)', profile([])])
  if (cold > 500) profiles.push(['The cold start (`node bench/profile.mjs --cold`)', profile(['--cold'])])
  for (const [title, text] of profiles) console.log(`\n${title}\n${text}`)
}

if (!values['no-write']) {
  const doc = `## Performance

Measured with \`npm run bench\` (builds, then runs \`node bench/run.mjs\`). Each scenario runs in its own
child process; peak RSS is that process's \`maxRSS\` (worker threads share the process, so the
multi-threaded batch includes them). Times are wall-clock; CPU time (user + system) is also given,
as it is steadier on a busy machine. The large transcript is the development
fixture (\`fixtures/igf2017-cybersecurity/dev.txt\`) repeated ${values.copies} times; the batch is ${values.files}
SRT and WebVTT files of three fixture lines each, laid out as captions, in five folders, checked with
\`captidy check captions --reporter json\`. The baseline is what a retext user would run to find
misspellings: retext-english + retext-spell with dictionary-en; its setup (building the Hunspell
dictionary) is not counted in its time, nor is captidy's (loading lexicons and glossaries). The
pipeline and the baseline run ${runs} time${runs === 1 ? '' : 's'} each, taking turns, and each row is the run with the
median time (a single run of either moves by 10 to 20 % on this 2-core machine).

${table}

- ${targets.join('\n- ')}

Machine: ${machine}.
${profiles.length > 0 ? `\n### Where the time goes\n\nCPU samples (\`node --cpu-prof\`) attributed to source modules; "with callees" counts a module's own time and\nthe time of what it calls.\n${profiles.map(([title, text]) => `\n${title}:\n\n\`\`\`\n${text}\n\`\`\`\n`).join('')}` : ''}`
  writeFileSync(join(root, 'docs/readme/performance.md'), doc + (existsSync(join(root, 'bench/notes.md')) ? `\n${readFileSync(join(root, 'bench/notes.md'), 'utf8')}` : ''))
  log('wrote docs/readme/performance.md')
}
