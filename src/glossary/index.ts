/** Glossaries: the format, loading, merging and importing. */
export type { Glossary, GlossaryEntry, TermKind } from './types.js'
export {
  DEFAULT_GLOSSARY_NAMES,
  GlossaryError,
  dictionariesDir,
  loadDefaultGlossaries,
  loadDefaultGlossariesSync,
  glossaryHash,
  loadGlossary,
  loadGlossarySync,
  mergeGlossaries,
  parseGlossary,
  resolveGlossaries,
} from './load.js'
export { importGlossary, importPrh, importSubtitleEdit, stringifyGlossary } from './import.js'
export type { ImportResult } from './import.js'
