/** Atomic writes: the content lands whole, permissions are kept, and no temporary file is left behind. */
import { chmod, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { writeAtomic } from '../src/cli/write.js'
import { devLines, tempTree } from './cli-helpers.js'

describe('writeAtomic', () => {
  test('replaces the file with the new content, keeps its permissions, leaves nothing else', async () => {
    const [line] = await devLines()
    const dir = await tempTree({ 'a.srt': 'old\n' })
    await chmod(join(dir, 'a.srt'), 0o640)
    await writeAtomic(join(dir, 'a.srt'), `${line}\n`)
    expect(await readFile(join(dir, 'a.srt'), 'utf8')).toBe(`${line}\n`)
    expect((await stat(join(dir, 'a.srt'))).mode & 0o777).toBe(0o640)
    expect(await readdir(dir)).toEqual(['a.srt'])
  })

  test('a write that fails (the target is a folder) leaves the folder as it was and no temporary file', async () => {
    const dir = await tempTree({ 'x/inner.txt': 'keep\n' })
    await expect(writeAtomic(join(dir, 'x'), 'new\n')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['x'])
    expect(await readFile(join(dir, 'x/inner.txt'), 'utf8')).toBe('keep\n')
  })
})
