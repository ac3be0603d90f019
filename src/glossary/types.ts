/** The glossary format (YAML or JSON): a top-level `terms` list. See README, "Glossary format". */

export type TermKind = 'acronym' | 'name' | 'phrase' | 'word'

export interface GlossaryEntry {
  /** The correct form, with its casing ("ICANN", "due diligence", "African Union"). */
  term: string
  /** Known mishearings ("I can", "due indigenous"). Matched case-insensitively on word boundaries. */
  variants?: string[]
  kind: TermKind
  /** Words that make the term likely when they occur nearby. */
  context?: string[]
  /** Look-alikes that are correct and must never be changed ("I can see"). */
  allow?: string[]
  /** Sentences with a mishearing and the corrected sentence, run as tests. */
  examples?: Array<{ input: string; output: string }>
  /** Sentences that must come back unchanged, run as tests. */
  counterexamples?: string[]
  /** For the `captioning` glossary: the confusable words this term is mistaken for ("corporation"). */
  confusions?: string[]
  /** Free-text note (source, sense). */
  note?: string
}

export interface Glossary {
  /** Name (file stem for shipped ones: `internet-governance`, `captioning`). */
  name: string
  /** Where it was loaded from, for messages. */
  path?: string
  /** True for the glossaries that ship with captidy; entries of other glossaries win over them. */
  shipped?: boolean
  terms: GlossaryEntry[]
}
