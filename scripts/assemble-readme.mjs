// Assembles README.md from docs/readme/*.md (one part per area, written beside the code it
// describes). The library example's output is real: docs/readme/example.mjs runs against dist/.
// Run `npm run build && node scripts/assemble-readme.mjs`.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const part = (name) => readFileSync(new URL(`../docs/readme/${name}`, import.meta.url), 'utf8')
const demote = (text) => text.replace(/^(#{2,5}) /gm, '#$1 ')

const output = execFileSync('node', [new URL('../docs/readme/example.mjs', import.meta.url).pathname], { encoding: 'utf8' }).trimEnd()
const surface = part('normalizers-surface.md')
const context = part('normalizers-context.md')
const split = context.indexOf('### confusables')

const sections = [
  part('_head.md'),
  part('_core.md').replace('@@EXAMPLE_OUTPUT@@', output),
  `${context.slice(0, split)}${surface.slice(surface.indexOf('### repetition'))}\n${context.slice(split)}`,
  part('glossary.md'),
  part('glossaries.md'),
  part('formats.md'),
  part('batch.md'),
  part('review.md').replace('](../review-screenshot.png)', '](docs/review-screenshot.png)'),
  part('eval.md'),
  part('performance.md'),
  ...(existsSync(new URL('../docs/readme/performance-notes.md', import.meta.url)) ? [demote(part('performance-notes.md'))] : []),
  part('lexicon.md'),
  part('_tail.md'),
]
const readme = `${sections.map((s) => s.replace(/^\n+|\n+$/g, '')).join('\n\n')}\n`
writeFileSync(new URL('../README.md', import.meta.url), readme)
console.log(`README.md: ${readme.split('\n').length} lines`)
