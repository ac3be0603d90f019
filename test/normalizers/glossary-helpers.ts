/** Runs glossary normalizers alone in a minimal unified pipeline and applies what they propose. */
import type { Root } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified, type Plugin, type Processor } from 'unified'
import { VFile } from 'vfile'
import type { Glossary } from '../../src/glossary/types.js'
import { glossaryTerms } from '../../src/normalizers/glossary-terms.js'
import { spelledAcronyms } from '../../src/normalizers/spelled-acronyms.js'
import { termCase } from '../../src/normalizers/term-case.js'
import type { CaptidyData } from '../../src/pipeline/context.js'
import { resolveProposals } from '../../src/pipeline/resolve.js'
import type { Proposal } from '../../src/types.js'

export const GLOSSARY_PLUGINS: Array<Plugin<[{ glossaries: Glossary[] }?], Root>> = [glossaryTerms, termCase, spelledAcronyms]

export interface Run {
  text: string
  applied: Proposal[]
  suggested: Proposal[]
}

/** Applies the chosen proposals at or above `minConfidence` (0.5, as the pipeline does). */
export function runGlossary(
  input: string,
  glossaries: Glossary[],
  plugins: Array<Plugin<[{ glossaries: Glossary[] }?], Root>> = GLOSSARY_PLUGINS,
  minConfidence = 0.5,
): Run {
  let processor = unified().use(retextEnglish) as unknown as Processor<Root, Root, Root>
  for (const plugin of plugins) processor = processor.use(plugin, { glossaries }) as unknown as Processor<Root, Root, Root>
  const file = new VFile({ value: input })
  const data: CaptidyData = {
    document: { format: 'text', raw: input, text: input, segments: [{ textStart: 0, textEnd: input.length, rawStart: 0 }] },
    proposals: [],
  }
  file.data.captidy = data
  processor.runSync(processor.parse(file), file)
  const { chosen } = resolveProposals(data.proposals, input)
  const applied = chosen.filter((p) => p.confidence >= minConfidence)
  let text = input
  for (const p of [...applied].reverse()) text = text.slice(0, p.start) + (p.expected[0] ?? '') + text.slice(p.end)
  return { text, applied, suggested: chosen.filter((p) => p.confidence < minConfidence) }
}
