// One in-process scenario, run in its own child process so its peak memory is its own:
//   node bench/scenario.mjs captidy|baseline FILE
// Prints JSON: words, setup and run time (ms), CPU time of the run (ms), peak RSS (KiB). The captidy
// build is taken from CAPTIDY_DIST (default dist/).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [kind, file] = process.argv.slice(2)
const text = readFileSync(file, 'utf8')
const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0

let setupMs
let runMs
let records
let cpu
if (kind === 'captidy') {
  const t0 = performance.now()
  const dist = process.env.CAPTIDY_DIST ?? join(import.meta.dirname, '..', 'dist')
  const { createPipeline, parseDocument } = await import(pathToFileURL(join(dist, 'index.js')).href)
  const pipeline = createPipeline()
  const t1 = performance.now()
  cpu = process.cpuUsage()
  const result = pipeline.run(parseDocument(text, { path: file }))
  cpu = process.cpuUsage(cpu)
  const t2 = performance.now()
  setupMs = t1 - t0
  runMs = t2 - t1
  records = result.corrections.length + result.flags.length
} else if (kind === 'baseline') {
  const t0 = performance.now()
  const [{ unified }, { default: retextEnglish }, { default: retextSpell }, { default: dictionaryEn }, { VFile }] = await Promise.all([
    import('unified'),
    import('retext-english'),
    import('retext-spell'),
    import('dictionary-en'),
    import('vfile'),
  ])
  const processor = unified().use(retextEnglish).use(retextSpell, { dictionary: dictionaryEn, max: 1e9 }).freeze()
  const check = async (value) => {
    const file = new VFile(value)
    await processor.run(processor.parse(file), file)
    return file
  }
  // retext-spell builds nspell lazily on the first file: count that as setup, on a one-word file.
  await check('warm')
  const t1 = performance.now()
  cpu = process.cpuUsage()
  const file = await check(text)
  cpu = process.cpuUsage(cpu)
  const t2 = performance.now()
  setupMs = t1 - t0
  runMs = t2 - t1
  records = file.messages.length
} else throw new Error(`unknown scenario ${kind}`)

const usage = process.resourceUsage()
process.stdout.write(JSON.stringify({ words, setupMs, runMs, cpuMs: (cpu.user + cpu.system) / 1000, records, maxRssKiB: usage.maxRSS }))
