// Expand the Hunspell dictionary (dictionary-en) into every accepted word form, so
// the runtime can answer `isKnownWord` from a Set instead of constructing nspell
// (about 250 ms) on first use.
import dictionary from 'dictionary-en'
import nspell from 'nspell'

/** @returns {{ spell: any, words: string[], compoundRules: string[] }} */
export function expandHunspell() {
  const spell = nspell(dictionary)
  const onlyInCompound = spell.flags.ONLYINCOMPOUND
  const forbidden = spell.flags.FORBIDDENWORD
  const keepCase = spell.flags.KEEPCASE
  if (forbidden || keepCase) {
    // The runtime checker implements nspell's casing rules without these flags.
    throw new Error('dictionary-en now uses FORBIDDENWORD/KEEPCASE: update src/lexicon/words.ts')
  }
  const words = []
  for (const [word, codes] of Object.entries(spell.data)) {
    if (onlyInCompound !== undefined && codes && codes.includes(onlyInCompound)) continue
    words.push(word)
  }
  words.sort()
  const compoundRules = spell.compoundRules.map((rule) => rule.source)
  return { spell, words, compoundRules, minCompound: spell.flags.COMPOUNDMIN ?? 3 }
}
