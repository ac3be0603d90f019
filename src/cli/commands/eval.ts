/**
 * `captidy eval --gold GOLD.jsonl FILE`: cleans FILE, scores the cleaned text against the gold standard
 * (the same numbers as the shared `score.mjs`), then shows how often each confidence band is right.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  formatReliabilityTable,
  formatSourceTable,
  labelCorrections,
  tabulate,
  tabulateBySource,
  type ReliabilityRow,
  type SourceRow,
} from '../../eval/reliability.js'
import { formatListing, formatResult, scoreTranscript, type ScoreReport } from '../../eval/score.js'
import { UsageError, type Io } from '../io.js'
import { cleanOptionsOf, formatOf, parse, pipelineFlags } from '../options.js'
import { ReadError, readInput } from '../read.js'
import { cleanPath } from '../session.js'

const help = `Usage: captidy eval --gold GOLD.jsonl [options] FILE
       captidy eval --gold GOLD.jsonl --hyp CLEANED

Cleans FILE (a plain-text transcript whose lines are the gold standard's lines), scores the cleaned
text word by word against the gold edits (precision, recall, F0.5, damage, WER) and prints a
reliability table: per confidence band and per normalizer, how many corrections (applied or
suggested) the gold confirms.
With --hyp, scores an already cleaned file instead (no reliability table).

Options:
  --gold FILE             gold standard, one JSON object per annotated line (required)
  --hyp FILE              score this cleaned file instead of running the pipeline
  --verbose               list every edit: TP, FP-wrong-fix, FP-damage, FN, flagged
  --json                  print one JSON object: the score fields, reliability, reliabilityBySource
                          (and listing)
  --min-confidence N      apply corrections with confidence >= N (0..1)
  --glossary FILE         add a glossary (repeatable)
  --no-default-glossary   use only the glossaries given
  --disable ID[,ID]       turn normalizers off;  --enable ID[,ID] turns them on
Exit codes: 0 scored, 2 a bad option, an unreadable file, or a cleaned text that lost lines.
`

const flags = {
  ...pipelineFlags,
  gold: { type: 'string' },
  hyp: { type: 'string' },
  verbose: { type: 'boolean' },
  json: { type: 'boolean' },
} as const

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, flags)
  if (values.help) {
    io.stdout.write(help)
    return 0
  }
  if (values.gold === undefined) throw new UsageError('--gold GOLD.jsonl is required')
  if (values.hyp !== undefined && positionals.length > 0) throw new UsageError('give either FILE (to clean and score) or --hyp CLEANED, not both')
  if (values.hyp === undefined && positionals.length !== 1) throw new UsageError('give one FILE to clean and score, or --hyp CLEANED')
  const options = cleanOptionsOf(values)
  const format = formatOf(values.format)
  if (format) options.format = format

  let gold: string
  try {
    gold = await readFile(resolve(io.cwd, values.gold), 'utf8')
  } catch (error) {
    io.stderr.write(`${values.gold}: cannot read: ${(error as Error).message}\n`)
    return 2
  }

  let hyp: string
  let reliability: ReliabilityRow[] | undefined
  let bySource: SourceRow[] | undefined
  if (values.hyp !== undefined) {
    try {
      hyp = (await readInput(values.hyp, io)).raw
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      io.stderr.write(`${error.message}\n`)
      return 2
    }
  } else {
    const outcome = await cleanPath(positionals[0]!, options, io)
    if (!outcome.ok) {
      io.stderr.write(`${outcome.error}\n`)
      return 2
    }
    hyp = outcome.result.text
    if (outcome.result.document.format === 'text') {
      try {
        const labelled = labelCorrections(gold, outcome.raw, outcome.result.corrections)
        reliability = tabulate(labelled)
        bySource = tabulateBySource(labelled)
      } catch (error) {
        io.stderr.write(`${outcome.path}: ${(error as Error).message}\n`)
        return 2
      }
    } else {
      io.stderr.write(`${outcome.path}: reliability needs a plain-text transcript (got ${outcome.result.document.format}); scoring only\n`)
    }
  }

  let report: ScoreReport
  try {
    report = scoreTranscript(gold, hyp)
  } catch (error) {
    io.stderr.write(`${values.hyp ?? positionals[0]}: ${(error as Error).message}\n`)
    return 2
  }

  if (values.json) {
    const out: Record<string, unknown> = { ...report.result }
    if (reliability) out.reliability = reliability
    if (bySource) out.reliabilityBySource = bySource
    if (values.verbose) out.listing = report.listing
    io.stdout.write(`${JSON.stringify(out)}\n`)
    return 0
  }
  if (values.verbose && report.listing.length > 0) io.stdout.write(`${formatListing(report.listing)}\n`)
  io.stdout.write(`${formatResult(report.result)}\n`)
  if (reliability) {
    io.stdout.write(`\nreliability (right = the word edit is a gold edit; unscored = flagged, punctuation only, or no gold line)\n`)
    io.stdout.write(`${formatReliabilityTable(reliability)}\n`)
    if (bySource && bySource.length > 0) io.stdout.write(`\n${formatSourceTable(bySource)}\n`)
  }
  return 0
}
