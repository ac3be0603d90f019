import { pronunciationsShared } from './pronounce.js'
import { PairMemo } from './pair-memo.js'

/** The 15 ARPAbet vowels (CMU, stress stripped). */
const VOWELS = new Set(['AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'OY', 'UH', 'UW'])

/** Phone pairs that sound alike, and what substituting one for the other costs (1 = unrelated). */
const CLOSE: ReadonlyArray<readonly [number, readonly string[]]> = [
  // Reduced and neighbouring vowels.
  [0.25, ['AH', 'IH']], [0.25, ['AH', 'UH']], [0.3, ['AH', 'EH']], [0.3, ['IH', 'EH']], [0.25, ['IY', 'IH']],
  [0.25, ['UW', 'UH']], [0.3, ['EH', 'AE']], [0.3, ['AA', 'AO']], [0.3, ['AA', 'AH']], [0.35, ['AO', 'AH']],
  [0.3, ['EY', 'EH']], [0.35, ['OW', 'AO']], [0.35, ['OW', 'UW']], [0.35, ['AY', 'AA']], [0.35, ['AW', 'AA']],
  [0.35, ['OY', 'AO']], [0.35, ['ER', 'AH']], [0.4, ['EY', 'IY']], [0.4, ['AE', 'AA']],
  // Voiced/voiceless pairs.
  [0.3, ['P', 'B']], [0.3, ['T', 'D']], [0.3, ['K', 'G']], [0.3, ['F', 'V']], [0.3, ['TH', 'DH']],
  [0.3, ['S', 'Z']], [0.3, ['SH', 'ZH']], [0.3, ['CH', 'JH']],
  // Nasals, liquids, glides.
  [0.3, ['M', 'N']], [0.3, ['N', 'NG']], [0.4, ['M', 'NG']], [0.45, ['L', 'R']], [0.5, ['N', 'L']], [0.5, ['W', 'Y']],
  // Neighbouring places of articulation.
  [0.35, ['S', 'SH']], [0.35, ['Z', 'ZH']], [0.4, ['T', 'CH']], [0.4, ['D', 'JH']], [0.4, ['SH', 'CH']],
  [0.4, ['ZH', 'JH']], [0.35, ['TH', 'F']], [0.35, ['DH', 'V']], [0.35, ['TH', 'S']], [0.4, ['DH', 'Z']],
  [0.35, ['TH', 'T']], [0.35, ['DH', 'D']], [0.5, ['W', 'V']], [0.5, ['B', 'V']], [0.5, ['P', 'F']],
  // A vowel and the consonant it shades into.
  [0.3, ['ER', 'R']], [0.4, ['IY', 'Y']], [0.4, ['UW', 'W']], [0.6, ['AH', 'L']],
]

const STOPS = new Set(['P', 'B', 'T', 'D', 'K', 'G'])
const FRICATIVES = new Set(['F', 'V', 'TH', 'DH', 'S', 'Z', 'SH', 'ZH', 'HH', 'CH', 'JH'])

const pairCost = new Map<string, number>()
for (const [cost, [a, b]] of CLOSE) {
  pairCost.set(`${a} ${b}`, cost)
  pairCost.set(`${b} ${a}`, cost)
}

/** Cost of hearing phone `a` where `b` was said. */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0
  const close = pairCost.get(`${a} ${b}`)
  if (close !== undefined) return close
  const vowelA = VOWELS.has(a)
  const vowelB = VOWELS.has(b)
  if (vowelA && vowelB) return 0.55
  if (vowelA !== vowelB) return 1
  if ((STOPS.has(a) && STOPS.has(b)) || (FRICATIVES.has(a) && FRICATIVES.has(b))) return 0.65
  return 0.8
}

/** Cost of a phone heard that was not said, or said and not heard. Weak sounds cost less. */
export function indelCost(phone: string): number {
  switch (phone) {
    case 'AH':
    case 'HH':
      return 0.4
    case 'IH':
    case 'Y':
    case 'W':
      return 0.5
    case 'T':
    case 'D':
    case 'R':
      return 0.65
    default:
      return VOWELS.has(phone) ? 0.7 : 0.85
  }
}

/** The 39 ARPAbet phones; anything else (id 0) is treated as an unrelated sound. */
const PHONES = [
  '?', 'AA', 'AE', 'AH', 'AO', 'AW', 'AY', 'EH', 'ER', 'EY', 'IH', 'IY', 'OW', 'OY', 'UH', 'UW',
  'B', 'CH', 'D', 'DH', 'F', 'G', 'HH', 'JH', 'K', 'L', 'M', 'N', 'NG', 'P', 'R', 'S', 'SH', 'T',
  'TH', 'V', 'W', 'Y', 'Z', 'ZH',
]
const PHONE_IDS = new Map(PHONES.map((phone, index) => [phone, index]))
function phoneId(phone: string): number {
  return PHONE_IDS.get(phone) ?? 0
}
/** Substitution costs as a PHONES × PHONES matrix, and deletion costs, precomputed. */
const SUBSTITUTE = new Float64Array(PHONES.length * PHONES.length)
const INDEL = new Float64Array(PHONES.length)
for (const [i, a] of PHONES.entries()) {
  INDEL[i] = indelCost(a)
  for (const [j, b] of PHONES.entries()) SUBSTITUTE[i * PHONES.length + j] = i === 0 || j === 0 ? 1 : substitutionCost(a, b)
}

/**
 * Weighted edit distance between two phone sequences (ARPAbet without stress):
 * inserting or deleting a phone costs 0.4-0.85 (schwa and h cheapest),
 * substituting a similar phone costs 0.25-0.5 (neighbouring vowels,
 * voiced/voiceless pairs, nasals, l/r, neighbouring places), other vowel pairs
 * 0.55, other consonant pairs 0.65-0.8, a vowel for a consonant 1.
 */
export function phoneDistance(a: readonly string[], b: readonly string[]): number {
  return idDistance(toIds(a), toIds(b))
}

/** A phone sequence as a string of phone ids (one character each: compact to keep, quick to read). */
function toIds(phones: readonly string[]): string {
  let ids = ''
  for (const phone of phones) ids += String.fromCharCode(phoneId(phone))
  return ids
}

/** One DP row, reused across calls (grown when needed): the distance allocates nothing. */
let rowBuffer = new Float64Array(64)

/** {@link phoneDistance} over phone ids; the same operations in the same order, so the same result. */
function idDistance(idsA: string, idsB: string): number {
  const width = PHONES.length
  const lengthB = idsB.length
  if (rowBuffer.length <= lengthB) rowBuffer = new Float64Array(lengthB * 2 + 1)
  const row = rowBuffer
  row[0] = 0
  for (let j = 1; j <= lengthB; j++) row[j] = (row[j - 1] as number) + (INDEL[idsB.charCodeAt(j - 1)] as number)
  for (let i = 1; i <= idsA.length; i++) {
    const phoneA = idsA.charCodeAt(i - 1)
    const deleteA = INDEL[phoneA] as number
    const costs = phoneA * width
    let diagonal = row[0] as number
    row[0] = diagonal + deleteA
    for (let j = 1; j <= lengthB; j++) {
      const phoneB = idsB.charCodeAt(j - 1)
      const above = row[j] as number
      const best = Math.min(
        diagonal + (SUBSTITUTE[costs + phoneB] as number),
        above + deleteA,
        (row[j - 1] as number) + (INDEL[phoneB] as number),
      )
      diagonal = above
      row[j] = best
    }
  }
  return row[lengthB] as number
}

function indelTotal(phones: readonly string[]): number {
  let total = 0
  for (const phone of phones) total += indelCost(phone)
  return total
}

/** At most this many pronunciation combinations are compared per phrase. */
const MAX_READINGS = 8

/** The readings of a phrase, with what the distance needs precomputed: phone ids and total deletion cost. */
interface Readings {
  phones: string[][]
  /** Made on first use by {@link soundSimilarity}; {@link phoneticKeys} needs only the phones. */
  ids?: string[]
  indel?: number[]
}

const readingCache = new Map<string, Readings>()
const READING_CACHE_LIMIT = 20_000

/** The readings of a phrase: one variant per word, combined, first variants first (cached). */
function readingsOf(phrase: string): Readings {
  let cached = readingCache.get(phrase)
  if (!cached) {
    cached = { phones: combine(phrase) }
    if (readingCache.size >= READING_CACHE_LIMIT) readingCache.clear()
    readingCache.set(phrase, cached)
  }
  return cached
}

function combine(phrase: string): string[][] {
  let combos: string[][] = [[]]
  for (const word of phrase.split(/\s+/)) {
    if (!word) continue
    const variants = pronunciationsShared(word)
    if (variants.length === 0) continue
    const next: string[][] = []
    for (const combo of combos) {
      for (const variant of variants) {
        if (next.length >= MAX_READINGS) break
        next.push([...combo, ...variant])
      }
    }
    combos = next
  }
  return combos
}

/**
 * Similarities computed so far, by phrase pair: transcripts repeat their words and phrases, and the
 * normalizers compare the same spans with the same candidates again and again.
 */
const similarities = new PairMemo<string, string, number>(20_000)

/**
 * How alike two phrases sound, in [0, 1]: 1 - phoneDistance / (the larger of
 * the two phrases' total deletion costs), maximised over the pronunciation
 * variants of their words (up to 8 readings each). Word boundaries are ignored,
 * so "ransom wear" vs "ransomware" and homophones ("council", "counsel") score 1;
 * "corporation" vs "cooperation" ≈ 0.82; "due indigenous" vs "due diligence"
 * ≈ 0.71; "cat" vs "dog" ≈ 0.16. Scaling by deletion cost rather than phone
 * count keeps a short phrase from looking like a long one ("a" vs "internet
 * governance forum" ≈ 0.03). 0 when either side has no pronounceable word.
 */
export function soundSimilarity(a: string, b: string): number {
  return similarities.get(a, b, () => computeSimilarity(readingsOf(a), readingsOf(b)))
}

function computeSimilarity(left: Readings, right: Readings): number {
  const leftIds = (left.ids ??= left.phones.map(toIds))
  const rightIds = (right.ids ??= right.phones.map(toIds))
  const leftIndel = (left.indel ??= left.phones.map(indelTotal))
  const rightIndel = (right.indel ??= right.phones.map(indelTotal))
  let best = 0
  for (let x = 0; x < leftIds.length; x++) {
    const idsX = leftIds[x] as string
    if (idsX.length === 0) continue
    for (let y = 0; y < rightIds.length; y++) {
      const idsY = rightIds[y] as string
      if (idsY.length === 0) continue
      const scale = Math.max(leftIndel[x] as number, rightIndel[y] as number)
      best = Math.max(best, 1 - idDistance(idsX, idsY) / scale)
      if (best === 1) return 1
    }
  }
  return Math.max(0, best)
}

/** Broad consonant classes for the keys; vowels, glides and h map to nothing. */
const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  P: 'P', B: 'P', T: 'T', D: 'T', TH: 'T', DH: 'T', K: 'K', G: 'K', F: 'F', V: 'F',
  S: 'S', Z: 'S', SH: 'J', ZH: 'J', CH: 'J', JH: 'J', M: 'N', N: 'N', NG: 'N', L: 'L', R: 'R', ER: 'R',
}
const SONORANT_CLASSES = new Set(['N', 'L', 'R'])

function skeleton(phones: readonly string[], keep: (cls: string) => boolean): string {
  let key = ''
  for (const phone of phones) {
    const cls = CONSONANT_CLASS[phone]
    if (cls === undefined || !keep(cls)) continue
    if (!key.endsWith(cls)) key += cls
  }
  return key
}

/**
 * Coarse sound keys for indexing glossary terms, so that finding the terms a
 * 1-4-word span may be a mishearing of is a hash lookup: index every term under
 * its keys, look up the span's keys, then rank the few candidates with
 * {@link soundSimilarity}. Built from the phones of every reading (as in
 * soundSimilarity), ignoring word boundaries:
 *
 * - `c:` the consonant skeleton: vowels, glides (w, y) and h dropped, voicing
 *   merged (p/b, t/d/th/dh, k/g, f/v, s/z, sh/zh/ch/jh), nasals merged, r-coloured
 *   vowels as r, repeats collapsed. "council" and "counsel" → `c:KNSL`.
 * - `o:` the obstruent skeleton: the same without nasals, l and r, so it also
 *   survives a mis-heard or dropped sonorant. "due diligence" and "due
 *   indigenous" → `o:TJS`; "corporation" and "cooperation" → `o:KPJ`.
 *
 * Keys are deduplicated; empty skeletons are left out, so a phrase of vowels
 * and glides only ("I owe") has no keys.
 */
export function phoneticKeys(phrase: string): string[] {
  let keys = keyCache.get(phrase)
  if (!keys) {
    keys = computeKeys(readingsOf(phrase).phones)
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear()
    keyCache.set(phrase, keys)
  }
  return [...keys]
}

/**
 * Keys computed so far, by phrase (the dev transcript, 8,831 words, asks about some 4,600 phrases).
 * The memos here start over when full: at these limits they hold about 30 MiB at most.
 */
const keyCache = new Map<string, string[]>()
const neighbourKeyCache = new Map<string, string[]>()
const KEY_CACHE_LIMIT = 20_000

function computeKeys(readings: readonly string[][]): string[] {
  const keys = new Set<string>()
  for (const phones of readings) {
    const full = skeleton(phones, () => true)
    if (full) keys.add(`c:${full}`)
    const obstruents = skeleton(phones, (cls) => !SONORANT_CLASSES.has(cls))
    if (obstruents) keys.add(`o:${obstruents}`)
  }
  return [...keys]
}

/**
 * Wider keys for sound-alike retrieval that tolerates one consonant heard wrong:
 * the obstruent skeleton of {@link phoneticKeys} and every skeleton with one
 * class deleted, as `n:` keys (a deletion neighbourhood, as in SymSpell). Two
 * phrases share an `n:` key when their obstruent skeletons are within one
 * substitution, insertion or deletion. Index terms under these keys and look up
 * a span's keys the same way. On the dev transcript's gold corrections, 128 of
 * 140 (raw, corrected) pairs share an `n:` key against 81 for
 * {@link phoneticKeys}; the price is more candidates (16% of shuffled pairs share
 * one, against 2%), so rank them with {@link soundSimilarity}.
 */
export function phoneticNeighbourKeys(phrase: string): string[] {
  let keys = neighbourKeyCache.get(phrase)
  if (!keys) {
    keys = computeNeighbourKeys(readingsOf(phrase).phones)
    if (neighbourKeyCache.size >= KEY_CACHE_LIMIT) neighbourKeyCache.clear()
    neighbourKeyCache.set(phrase, keys)
  }
  return [...keys]
}

function computeNeighbourKeys(readings: readonly string[][]): string[] {
  const keys = new Set<string>()
  for (const phones of readings) {
    const skeletonKey = skeleton(phones, (cls) => !SONORANT_CLASSES.has(cls))
    if (!skeletonKey) continue
    keys.add(`n:${skeletonKey}`)
    for (let index = 0; index < skeletonKey.length; index++) {
      const shorter = skeletonKey.slice(0, index) + skeletonKey.slice(index + 1)
      if (shorter) keys.add(`n:${shorter}`)
    }
  }
  return [...keys]
}
