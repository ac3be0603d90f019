/**
 * Every normalizer captidy ships, in pipeline order. An entry names the plugin, whether it runs by
 * default, and how it takes its options from the pipeline's options (glossaries, user overrides).
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Glossary } from '../glossary/types.js'
import { glossaryTerms } from './glossary-terms.js'
import { spelledAcronyms } from './spelled-acronyms.js'
import { termCase } from './term-case.js'
import { joinedWords } from './joined-words.js'
import { numbers } from './numbers.js'
import { repetition } from './repetition.js'
import { splitWords } from './split-words.js'
import { untranslate } from './untranslate.js'
import { confusables } from './confusables.js'
import { spelling } from './spelling.js'

/** What the pipeline hands each normalizer when it is attached. */
export interface NormalizerContext {
  /** Shipped (unless disabled) and user glossaries, user entries first. */
  glossaries: Glossary[]
  /** User options for this normalizer (`normalizers: { id: {...} }`), if an object was given. */
  userOptions: Record<string, unknown>
  /** The pipeline's threshold: proposals at or above it will be applied. */
  minConfidence: number
}

export interface NormalizerEntry {
  /** The normalizer id: its file name, its records' `source` and its README anchor. */
  id: string
  // biome-ignore lint: plugins take their own option types
  plugin: Plugin<[any?], Root>
  defaultOn: boolean
  /** The plugin options for this run. */
  options: (context: NormalizerContext) => unknown
}

/** Single words of every glossary term, for normalizers that must not take a term for an error. */
function glossaryWords(glossaries: readonly Glossary[]): string[] {
  return glossaries.flatMap((glossary) => glossary.terms.flatMap((entry) => entry.term.split(/\s+/).filter(Boolean)))
}

export const registry: NormalizerEntry[] = [
  {
    id: 'repetition',
    plugin: repetition,
    defaultOn: true,
    options: ({ glossaries, userOptions }) => ({ knownWords: glossaryWords(glossaries), ...userOptions }),
  },
  { id: 'numbers', plugin: numbers, defaultOn: true, options: ({ userOptions }) => ({ ...userOptions }) },
  {
    id: 'split-words',
    plugin: splitWords,
    defaultOn: true,
    options: ({ glossaries, userOptions }) => ({ knownWords: glossaryWords(glossaries), ...userOptions }),
  },
  {
    id: 'joined-words',
    plugin: joinedWords,
    defaultOn: true,
    options: ({ glossaries, userOptions }) => ({ knownWords: glossaryWords(glossaries), ...userOptions }),
  },
  {
    id: 'untranslate',
    plugin: untranslate,
    defaultOn: true,
    options: ({ glossaries, userOptions }) => ({ knownWords: glossaryWords(glossaries), ...userOptions }),
  },
  {
    id: 'confusables',
    plugin: confusables,
    defaultOn: true,
    // Reads the transcript as it will be written: the changes at or above the pipeline's threshold.
    options: ({ glossaries, userOptions, minConfidence }) => ({ glossaries, applyAt: minConfidence, ...userOptions }),
  },
  { id: 'glossary-terms', plugin: glossaryTerms, defaultOn: true, options: ({ glossaries, userOptions }) => ({ glossaries, ...userOptions }) },
  { id: 'term-case', plugin: termCase, defaultOn: true, options: ({ glossaries, userOptions }) => ({ glossaries, ...userOptions }) },
  { id: 'spelled-acronyms', plugin: spelledAcronyms, defaultOn: true, options: ({ glossaries, userOptions }) => ({ glossaries, ...userOptions }) },
  {
    id: 'spelling',
    plugin: spelling,
    defaultOn: true,
    options: ({ glossaries, userOptions }) => ({ glossaries, ...userOptions }),
  },
]
