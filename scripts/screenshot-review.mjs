#!/usr/bin/env node
/**
 * Screenshot of the review page on the dev fixture, for the README: docs/review-screenshot.png.
 * Runs the real pipeline on fixtures/igf2017-cybersecurity/dev.txt, renders the page, decides a few
 * corrections with the keyboard (accept, reject, pick an alternative) and shoots the first screen.
 *
 *   node scripts/screenshot-review.mjs [--out docs/review-screenshot.png] [--html review.html]
 *
 * Needs Debian chromium at /usr/bin/chromium (or CHROMIUM=path) and the dev dependencies.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { out: { type: 'string' }, html: { type: 'string' } } })
const out = resolve(values.out ?? join(root, 'docs/review-screenshot.png'))
const fixture = join(root, 'fixtures/igf2017-cybersecurity/dev.txt')

// Bundle the TypeScript sources we need into one module (dependencies stay external). It goes in
// dist/, where the data lookups expect the bundle (dictionaries/ next to it), and is removed after.
const cache = join(root, 'dist')
mkdirSync(cache, { recursive: true })
const entry = join(cache, '.screenshot-entry.ts')
writeFileSync(
  entry,
  `export { clean } from ${JSON.stringify(join(root, 'src/pipeline/clean.ts'))}
export { renderReviewPage } from ${JSON.stringify(join(root, 'src/review/page.ts'))}
import ${JSON.stringify(join(root, 'src/glossary/index.ts'))}
`,
)
const bundle = join(cache, '.screenshot-bundle.mjs')
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, packages: 'external', logLevel: 'error', ignoreAnnotations: true })
const { clean, renderReviewPage } = await import(pathToFileURL(bundle).href).finally(() => {
  rmSync(entry, { force: true })
  rmSync(bundle, { force: true })
})

const raw = readFileSync(fixture, 'utf8')
const result = await clean(raw, { path: 'fixtures/igf2017-cybersecurity/dev.txt' })
const html = renderReviewPage(
  [{ document: result.document, corrections: result.corrections, flags: result.flags, path: 'fixtures/igf2017-cybersecurity/dev.txt' }],
  { generator: 'captidy' },
)
const page = values.html ? resolve(values.html) : join(cache, '.screenshot-review.html')
writeFileSync(page, html)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
})
try {
  const tab = await browser.newPage({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 })
  const problems = []
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  tab.on('pageerror', (e) => problems.push(e.message))
  await tab.goto(pathToFileURL(page).href)
  await tab.waitForSelector('html[data-ready]')
  // Decide the first two with the keyboard (j, a accept, r reject) and show the first decided one on top.
  for (const key of ['j', 'a', 'r']) await tab.keyboard.press(key)
  await tab.evaluate(`document.querySelector('.c.is-accepted, .c.is-rejected').scrollIntoView({ block: 'start' })`)
  await tab.screenshot({ path: out })
  if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`)
  process.stdout.write(`${out}: ${result.corrections.length} corrections, ${result.flags.length} flags\n`)
} finally {
  await browser.close()
  if (!values.html) rmSync(page, { force: true })
}
