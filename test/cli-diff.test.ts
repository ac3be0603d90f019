import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/commands/diff.js'
import { memoryIo } from './cli-helpers.js'

const line = '>> SPEAKER: We have seen the the rise of ransomware.\r\n'

describe('captidy diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'captidy-diff-'))
  writeFileSync(join(dir, 'talk.txt'), `${line}Nothing else.\r\n`)
  writeFileSync(join(dir, 'clean.txt'), 'Nothing to correct here.\n')

  it('prints a unified diff of raw vs cleaned', async () => {
    const t = memoryIo(dir)
    expect(await run(['talk.txt'], t.io)).toBe(0)
    expect(t.stdout()).toContain('--- a/talk.txt')
    expect(t.stdout()).toContain('+++ b/talk.txt')
    expect(t.stdout()).toContain('->> SPEAKER: We have seen the the rise of ransomware.')
    expect(t.stdout()).toContain('+>> SPEAKER: We have seen the rise of ransomware.')
  })

  it('prints nothing for a file with nothing to correct', async () => {
    const t = memoryIo(dir)
    expect(await run(['clean.txt'], t.io)).toBe(0)
    expect(t.stdout()).toBe('')
  })

  it('--word shows each correction in place with its confidence', async () => {
    const t = memoryIo(dir)
    expect(await run(['--word', 'talk.txt'], t.io)).toBe(0)
    expect(t.stdout()).toMatch(/^talk\.txt:1\n>> SPEAKER: We have seen \[-the the-\]\{\+the\+\}\(0\.\d\d\) rise of ransomware\.\n$/)
  })

  it('reads stdin and names a missing file with exit 2 while still diffing the others', async () => {
    const t = memoryIo(dir, { stdin: line })
    expect(await run(['-', 'missing.txt'], t.io)).toBe(2)
    expect(t.stdout()).toContain('+>> SPEAKER: We have seen the rise of ransomware.')
    expect(t.stderr()).toContain('missing.txt: cannot read: no such file')
  })
})
