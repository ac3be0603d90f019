/**
 * Atomic writes: write a temporary file beside the target (same folder, so the rename cannot cross
 * file systems), flush it to disk, give it the target's permissions, then rename it over the target.
 * A crash leaves either the old file or the new one, never half of one; the temporary file is
 * removed on failure.
 */
import { randomBytes } from 'node:crypto'
import { chmod, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function writeAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.captidy-${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx')
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    const mode = await stat(path).then(
      (s) => s.mode,
      () => undefined,
    )
    if (mode !== undefined) await chmod(temporary, mode & 0o7777)
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
