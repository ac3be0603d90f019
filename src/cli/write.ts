/** Atomic writes: write a temporary file beside the target, then rename it over the target. */
import { randomBytes } from 'node:crypto'
import { rename, stat, unlink, writeFile, chmod } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function writeAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.captidy-${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    const mode = await stat(path).then((s) => s.mode, () => undefined)
    if (mode !== undefined) await chmod(temporary, mode & 0o7777)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
