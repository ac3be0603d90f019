/**
 * `captidy learn DECISIONS.json --glossary my.yml`: accepted fixes become variants of their term,
 * rejected ones `allow` phrases, written into the user's glossary with its comments and order kept.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { GlossaryError, loadDefaultGlossariesSync } from '../../glossary/load.js'
import type { DecisionsFile } from '../../review/decisions.js'
import { learnGlossary } from '../../review/learn.js'
import { UsageError, type Io } from '../io.js'
import { parse } from '../options.js'
import { readDecisionsFile } from '../read.js'
import { writeAtomic } from '../write.js'

const help = `Usage: captidy learn DECISIONS.json... --glossary FILE

Teaches a glossary (YAML or JSON; created when missing) from review decisions: an accepted fix adds
its mishearing as a variant of the term (the record's glossary term, or the fix as a new term with a
guessed kind), a rejected one adds the words as written, with the next word, to the term's allow
list. Comments, order and formatting of the file are kept; the result is validated.
A term that only a shipped glossary defines is copied in first, since your entry replaces it.

Options:
  -g, --glossary FILE     the glossary to edit (required)
  --dry-run               print the new glossary instead of writing it
  --no-default-glossary   do not copy shipped entries
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    glossary: { type: 'string', short: 'g' },
    'dry-run': { type: 'boolean' },
    'no-default-glossary': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no decisions: give the JSON exported from the review page')
  if (!values.glossary) throw new UsageError('--glossary FILE is required (the glossary to teach)')

  const merged: DecisionsFile = { version: 1, files: [] }
  for (const path of positionals) {
    merged.files.push(...(await readDecisionsFile(path, io)).files)
  }

  const glossaryPath = resolve(io.cwd, values.glossary)
  let text = ''
  try {
    text = await readFile(glossaryPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`${values.glossary}: cannot read (${(error as Error).message})`)
  }
  const known = values['no-default-glossary'] ? [] : loadDefaultGlossariesSync().flatMap((g) => g.terms)
  let learned
  try {
    learned = learnGlossary(text, merged, { path: values.glossary, known })
  } catch (error) {
    if (error instanceof GlossaryError) throw new UsageError(error.message)
    throw error
  }
  const report = values['dry-run'] ? io.stderr : io.stdout
  for (const change of learned.changes) {
    const what =
      change.kind === 'skipped'
        ? `skip     ${JSON.stringify(change.value)}: ${change.note}`
        : change.kind === 'term'
          ? `term     ${change.term} (${change.value})${change.note ? `: ${change.note}` : ''}`
          : `${change.kind.padEnd(8)} ${change.term} += ${JSON.stringify(change.value)}`
    report.write(`${what}\t${change.from}\n`)
  }
  if (values['dry-run']) {
    io.stdout.write(learned.text)
    return 0
  }
  if (learned.text !== text) await writeAtomic(glossaryPath, learned.text)
  const added = learned.changes.filter((c) => c.kind === 'variant' || c.kind === 'allow').length
  io.stderr.write(`${values.glossary}: ${added} addition${added === 1 ? '' : 's'}${learned.text === text ? ', unchanged' : ''}\n`)
  return 0
}
