/** `captidy fix FILE`: the cleaned file on stdout; `--write` rewrites files in place, atomically. */
import { resolve } from 'node:path'
import { UsageError, type Io } from '../io.js'
import { cleanOptionsOf, formatOf, parse, pipelineFlags } from '../options.js'
import { cleanPath } from '../session.js'
import { writeAtomic } from '../write.js'

const help = `Usage: captidy fix [options] FILE...

Prints the cleaned file on stdout (one FILE, or - for stdin), or with --write rewrites each FILE in
place (write beside, then rename). Corrections below --min-confidence are not applied.

Options:
  --write                 rewrite files in place
  --min-confidence N      apply corrections with confidence >= N (0..1)
  --glossary FILE         add a glossary (repeatable)
  --no-default-glossary   use only the glossaries given
  --format F              text, srt, vtt or whisper (default: by extension, then content)
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...pipelineFlags, write: { type: 'boolean' } })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give a FILE, or - for stdin')
  if (!values.write && positionals.length > 1) throw new UsageError('fix prints one file; use --write for several')
  if (values.write && positionals.includes('-')) throw new UsageError('--write cannot rewrite stdin')
  const options = cleanOptionsOf(values)
  const format = formatOf(values.format)
  if (format) options.format = format

  let code = 0
  for (const path of positionals) {
    const outcome = await cleanPath(path, options, io)
    if (!outcome.ok) {
      io.stderr.write(`${outcome.error}\n`)
      code = 2
      continue
    }
    if (!values.write) {
      io.stdout.write(outcome.result.text)
      continue
    }
    if (outcome.result.text !== outcome.raw) await writeAtomic(resolve(io.cwd, path), outcome.result.text)
  }
  return code
}
