/**
 * Glossary files, parsed once per thread and content: the batch checks them, then the pipelines use
 * them. A file edited since it was parsed is parsed again (long-lived processes, tests).
 */
import { readFileSync } from 'node:fs'
import { GlossaryError, parseGlossary } from '../../glossary/load.js'
import type { Glossary } from '../../glossary/types.js'

const loaded = new Map<string, { text: string; glossary: Glossary }>()

/** The glossary at `path`; throws a GlossaryError naming the file, line and key when it is bad. */
export function glossaryAt(path: string): Glossary {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new GlossaryError(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { path })
  }
  const cached = loaded.get(path)
  if (cached?.text === text) return cached.glossary
  const glossary = parseGlossary(text, path)
  loaded.set(path, { text, glossary })
  return glossary
}
