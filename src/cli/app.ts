/** The `captidy` command: dispatches to one module per command. */
import { UsageError, type Io } from './io.js'

type Command = { run(argv: string[], io: Io): Promise<number> }

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  fix: { summary: 'print the cleaned file, or rewrite files with --write', load: () => import('./commands/fix.js') },
  check: { summary: 'report corrections; exit 1 when there are some to apply', load: () => import('./commands/check.js') },
  diff: { summary: 'show a unified (or --word) diff of raw vs cleaned', load: () => import('./commands/diff.js') },
  review: { summary: 'write a self-contained HTML page to review corrections', load: () => import('./commands/review.js') },
  apply: { summary: 'replay review decisions on the files they were made for', load: () => import('./commands/apply.js') },
  learn: { summary: 'teach a glossary the accepted and rejected corrections', load: () => import('./commands/learn.js') },
  glossary: { summary: 'import (Subtitle Edit, prh) or check glossary files', load: () => import('./commands/glossary.js') },
  eval: { summary: 'score the cleaned text against a gold standard', load: () => import('./commands/eval.js') },
}

export const usage = `captidy: clean caption transcripts (plain text, SRT, WebVTT), with a record for every correction

Usage: captidy <command> [options] FILE...

Commands:
${Object.entries(commands)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join('\n')}

Run \`captidy <command> --help\` for a command's options.
Exit codes: 0 nothing to apply, 1 corrections to apply (check), 2 unreadable input or bad option.
`

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage)
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${await packageVersion()}\n`)
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr.write(`captidy: unknown command '${name}'\n\n${usage}`)
    return 2
  }
  try {
    return await (await command.load()).run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`captidy ${name}: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

/** The version in the package.json above this module (src/cli or dist). */
async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(await readFile(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string }
      if (manifest.name === 'captidy' && manifest.version) return manifest.version
    } catch {
      // try the next level up
    }
  }
  return 'unknown'
}
