/** `captidy diff FILE`: a unified diff of raw vs cleaned (the `diff` package), or `--word` with confidences. */
import { createTwoFilesPatch } from 'diff'
import pc from 'picocolors'
import { lineStarts } from '../../pipeline/place.js'
import type { Correction } from '../../types.js'
import { UsageError, type Io } from '../io.js'
import { cleanOptionsOf, formatOf, parse, pipelineFlags } from '../options.js'
import { cleanPath } from '../session.js'

const help = `Usage: captidy diff [options] FILE...

Prints a unified diff of each FILE against its cleaned text. With --word, prints each changed line
with [-actual-]{+expected+} and the confidence of each correction (coloured on a terminal).

Options:
  --word                  word-level diff with confidences
  --suggestions           with --word, show suggested (not applied) corrections too
  --min-confidence N, --glossary FILE, --no-default-glossary, --format F, --disable ID, --enable ID
`

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { ...pipelineFlags, word: { type: 'boolean' }, suggestions: { type: 'boolean' } })
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('no input: give one or more FILEs, or - for stdin')
  const options = cleanOptionsOf(values)
  const format = formatOf(values.format)
  if (format) options.format = format
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR
  let code = 0
  for (const path of positionals) {
    const outcome = await cleanPath(path, options, io)
    if (!outcome.ok) {
      io.stderr.write(`${outcome.error}\n`)
      code = 2
      continue
    }
    const { raw, result } = outcome
    if (values.word) {
      const shown = result.corrections.filter((c) => c.applied || values.suggestions)
      io.stdout.write(wordDiff(outcome.path, raw, shown, color))
    } else if (result.text !== raw) {
      io.stdout.write(createTwoFilesPatch(`a/${outcome.path}`, `b/${outcome.path}`, raw, result.text))
    }
  }
  return code
}

/** Each line that has corrections, with `[-actual-]{+expected+}(confidence)` in place. */
export function wordDiff(path: string, raw: string, corrections: readonly Correction[], color: boolean): string {
  const paint = color ? pc : { red: String, green: String, dim: String, bold: String }
  const byLine = new Map<number, Correction[]>()
  for (const c of corrections) {
    const line = c.place.start.line
    byLine.set(line, [...(byLine.get(line) ?? []), c])
  }
  const starts = lineStarts(raw)
  let out = ''
  for (const [line, list] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const start = starts[line - 1] ?? 0
    const lastEnd = Math.max(...list.map((c) => c.range[1]))
    const endLine = raw.indexOf('\n', lastEnd)
    const end = endLine === -1 ? raw.length : endLine
    let cursor = start
    let text = ''
    for (const c of [...list].sort((a, b) => a.range[0] - b.range[0])) {
      text += raw.slice(cursor, c.range[0])
      const tag = c.applied ? '' : '?'
      text += `${paint.red(`[-${c.actual}-]`)}${paint.green(`{+${c.expected[0] ?? ''}+}`)}${paint.dim(`(${c.confidence.toFixed(2)}${tag})`)}`
      cursor = c.range[1]
    }
    text += raw.slice(cursor, end)
    out += `${paint.bold(`${path}:${line}`)}\n${text.replace(/\r$/, '')}\n`
  }
  return out
}
