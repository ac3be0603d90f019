/**
 * `captidy glossary import FILE [--out FILE]`: converts a Subtitle Edit OCR replace list (XML) or a prh
 * rule file (YAML) into a captidy glossary.
 * `captidy glossary check FILE...`: validates glossaries and runs every entry's examples and
 * counterexamples through the glossary normalizers.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importGlossary, stringifyGlossary } from '../../glossary/import.js'
import { GlossaryError, loadGlossary } from '../../glossary/load.js'
import type { Glossary } from '../../glossary/types.js'
import { registry } from '../../normalizers/registry.js'
import { clean } from '../../pipeline/clean.js'
import { UsageError, type Io } from '../io.js'

const help = `Usage: captidy glossary <import|check> [options] FILE...

  import FILE [--out FILE]   convert a Subtitle Edit OCR replace list (*_OCRFixReplaceList.xml) or a
                             prh rule file (YAML) into a captidy glossary (YAML on stdout, or --out);
                             rules a glossary cannot express are listed on stderr
  check FILE...              validate glossaries (errors name file, line and key) and run each
                             entry's examples and counterexamples through the glossary normalizers
    --no-default-glossary    check against the given glossaries only (default: with the shipped ones)

Exit codes: 0 ok, 1 an example or counterexample failed, 2 an unreadable or invalid file or a bad option.
`

/** The normalizers that use glossaries, run alone by `check` (confusion pairs are `confusables`'). */
export const GLOSSARY_NORMALIZERS = ['glossary-terms', 'term-case', 'spelled-acronyms', 'confusables'] as const

export async function run(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(help)
    return sub === undefined ? 2 : 0
  }
  if (sub === 'import') return importCommand(rest, io)
  if (sub === 'check') return checkCommand(rest, io)
  throw new UsageError(`unknown subcommand '${sub}' (import or check)`)
}

async function importCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError('import takes one FILE')
  const path = resolve(io.cwd, positionals[0] as string)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    io.stderr.write(`captidy glossary: ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`)
    return 2
  }
  try {
    const { glossary, skipped, format } = importGlossary(text, path)
    const yaml = `# Imported by \`captidy glossary import\` from ${positionals[0]} (${format}).\n# Add context words to variants that are ordinary English.\n${stringifyGlossary(glossary)}`
    if (values.out) await writeFile(resolve(io.cwd, values.out), yaml)
    else io.stdout.write(yaml)
    for (const line of skipped) io.stderr.write(`skipped: ${line}\n`)
    io.stderr.write(`${glossary.terms.length} terms imported, ${skipped.length} rules skipped\n`)
    return 0
  } catch (error) {
    if (error instanceof GlossaryError) {
      io.stderr.write(`captidy glossary: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'no-default-glossary': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('check takes one or more glossary FILEs')
  const glossaries: Glossary[] = []
  let broken = false
  for (const file of positionals) {
    try {
      glossaries.push(await loadGlossary(resolve(io.cwd, file)))
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error
      io.stderr.write(`${error.message}\n`)
      broken = true
    }
  }
  if (broken) return 2
  const normalizers = Object.fromEntries(registry.map((entry) => [entry.id, (GLOSSARY_NORMALIZERS as readonly string[]).includes(entry.id)]))
  const options = { normalizers, glossaries, defaultGlossaries: !values['no-default-glossary'] }
  let passed = 0
  let failed = 0
  for (const glossary of glossaries) {
    for (const entry of glossary.terms) {
      const cases: Array<{ input: string; output: string; what: string }> = [
        ...(entry.examples ?? []).map((example, i) => ({ ...example, what: `example ${i + 1}` })),
        ...(entry.counterexamples ?? []).map((sentence, i) => ({ input: sentence, output: sentence, what: `counterexample ${i + 1}` })),
      ]
      for (const { input, output, what } of cases) {
        const got = (await clean(input, options)).text
        if (got === output) {
          passed++
          continue
        }
        failed++
        io.stdout.write(`${glossary.path ?? glossary.name}: ${entry.term}: ${what}\n  input:    ${input}\n  expected: ${output}\n  got:      ${got}\n`)
      }
    }
  }
  io.stdout.write(`${passed} passed, ${failed} failed\n`)
  return failed > 0 ? 1 : 0
}
