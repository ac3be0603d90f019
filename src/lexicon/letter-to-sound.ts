/**
 * A rough English letter-to-sound approximation for words the CMU dictionary
 * lacks. It is deliberately small: greedy grapheme rules (longest first, a few
 * context rules for c/g/y/final e) that give a pronunciation close enough for
 * sound-alike matching, not a faithful one.
 */

/** ARPAbet for the name of each letter and digit, as when spelling out "OSCE" or "G20". */
export const CHARACTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  a: ['EY'], b: ['B', 'IY'], c: ['S', 'IY'], d: ['D', 'IY'], e: ['IY'], f: ['EH', 'F'],
  g: ['JH', 'IY'], h: ['EY', 'CH'], i: ['AY'], j: ['JH', 'EY'], k: ['K', 'EY'], l: ['EH', 'L'],
  m: ['EH', 'M'], n: ['EH', 'N'], o: ['OW'], p: ['P', 'IY'], q: ['K', 'Y', 'UW'], r: ['AA', 'R'],
  s: ['EH', 'S'], t: ['T', 'IY'], u: ['Y', 'UW'], v: ['V', 'IY'],
  w: ['D', 'AH', 'B', 'AH', 'L', 'Y', 'UW'], x: ['EH', 'K', 'S'], y: ['W', 'AY'], z: ['Z', 'IY'],
  0: ['Z', 'IH', 'R', 'OW'], 1: ['W', 'AH', 'N'], 2: ['T', 'UW'], 3: ['TH', 'R', 'IY'],
  4: ['F', 'AO', 'R'], 5: ['F', 'AY', 'V'], 6: ['S', 'IH', 'K', 'S'], 7: ['S', 'EH', 'V', 'AH', 'N'],
  8: ['EY', 'T'], 9: ['N', 'AY', 'N'],
}

/** Spell `word` letter by letter ("OSCE" → OW EH S S IY IY); other characters are skipped. */
export function spellOut(word: string): string[] {
  const phones: string[] = []
  for (const character of word.toLowerCase()) {
    const name = CHARACTER_NAMES[character]
    if (name) phones.push(...name)
  }
  return phones
}

/** Word endings with a settled pronunciation, checked only at the end of a word. */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ism', 'IH Z AH M'], ['ize', 'AY Z'], ['ise', 'AY Z'], ['ive', 'IH V'], ['ous', 'AH S'], ['ate', 'EY T'],
  ['al', 'AH L'], ['le', 'AH L'], ['ed', 'D'],
]

/** Multi-letter graphemes, longest first within each starting letter. */
const GRAPHEMES: ReadonlyArray<readonly [string, string]> = [
  ['ization', 'AH Z EY SH AH N'], ['ation', 'EY SH AH N'], ['tion', 'SH AH N'], ['sion', 'ZH AH N'], ['ture', 'CH ER'], ['ough', 'AO'], ['augh', 'AO'],
  ['eigh', 'EY'], ['igh', 'AY'], ['tch', 'CH'], ['sch', 'S K'], ['dge', 'JH'], ['que', 'K'],
  ['ch', 'CH'], ['sh', 'SH'], ['th', 'TH'], ['ph', 'F'], ['wh', 'W'], ['ck', 'K'], ['ng', 'NG'],
  ['qu', 'K W'], ['gh', 'G'], ['kn', 'N'], ['wr', 'R'], ['ee', 'IY'], ['ea', 'IY'], ['oo', 'UW'],
  ['ou', 'AW'], ['ow', 'OW'], ['oi', 'OY'], ['oy', 'OY'], ['ai', 'EY'], ['ay', 'EY'], ['au', 'AO'],
  ['aw', 'AO'], ['ei', 'EY'], ['ey', 'EY'], ['ie', 'IY'], ['ue', 'UW'], ['ew', 'UW'], ['ar', 'AA R'],
  ['er', 'ER'], ['ir', 'ER'], ['ur', 'ER'], ['or', 'AO R'],
]

const SINGLE: Readonly<Record<string, string>> = {
  a: 'AE', b: 'B', c: 'K', d: 'D', e: 'EH', f: 'F', g: 'G', h: 'HH', i: 'IH', j: 'JH', k: 'K',
  l: 'L', m: 'M', n: 'N', o: 'AA', p: 'P', q: 'K', r: 'R', s: 'S', t: 'T', u: 'AH', v: 'V',
  w: 'W', x: 'K S', y: 'IY', z: 'Z',
}

const FRONT_VOWEL = /[eiy]/
const VOWEL = /[aeiouy]/

/**
 * Phones for the grapheme starting at `index` of the lower-case `word`:
 * `[length in letters, phones]`, or undefined for a character with no sound
 * (an apostrophe, a digit handled elsewhere).
 */
export function graphemeAt(word: string, index: number): [number, string[]] | undefined {
  for (const [letters, phones] of ENDINGS) {
    if (index + letters.length === word.length && index > 0 && word.endsWith(letters)) {
      return [letters.length, phones.split(' ')]
    }
  }
  for (const [letters, phones] of GRAPHEMES) {
    if (word.startsWith(letters, index)) return [letters.length, phones.split(' ')]
  }
  const letter = word.charAt(index)
  const next = word.charAt(index + 1)
  // A doubled consonant is one sound: "nn", "ss", "tt".
  const length = next === letter && !VOWEL.test(letter) ? 2 : 1
  const after = word.charAt(index + length)
  switch (letter) {
    case 'c':
      return [length, FRONT_VOWEL.test(after) && length === 1 ? ['S'] : ['K']]
    case 'g':
      return [length, FRONT_VOWEL.test(after) && length === 1 ? ['JH'] : ['G']]
    case 'e':
      // Silent final e ("make"), but not in a short word ("me", "he").
      return index === word.length - 1 && index > 1 ? [1, []] : [1, ['EH']]
    case 'y':
      return [1, index === 0 ? ['Y'] : ['IY']]
  }
  const phones = SINGLE[letter]
  return phones === undefined ? undefined : [length, phones.split(' ')]
}

/** Letter-to-sound for a whole lower-case word, grapheme by grapheme. */
export function letterToSound(word: string): string[] {
  const phones: string[] = []
  let index = 0
  while (index < word.length) {
    const grapheme = graphemeAt(word, index)
    if (grapheme) {
      phones.push(...grapheme[1])
      index += grapheme[0]
    } else {
      index++
    }
  }
  return phones
}
