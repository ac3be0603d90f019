/** The shipped glossaries compiled at build time load exactly as the YAML does. */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { glossaryHash, parseGlossary } from '../src/glossary/load.js'

const root = new URL('..', import.meta.url)
const compiled = new URL('dist/glossaries/internet-governance.json', root)

describe('compiled shipped glossaries (dist/glossaries)', () => {
  it('hold the validated YAML glossary and the hash of its text', () => {
    // `npm test` builds first (pretest); the build writes the compiled glossaries.
    expect(existsSync(compiled)).toBe(true)
    const text = readFileSync(new URL('dictionaries/internet-governance.yml', root), 'utf8')
    const { hash, glossary } = JSON.parse(readFileSync(compiled, 'utf8')) as { hash: string; glossary: unknown }
    expect(hash).toBe(glossaryHash(text))
    expect(glossary).toEqual(JSON.parse(JSON.stringify(parseGlossary(text, 'dictionaries/internet-governance.yml'))))
  })

  it('are what the bundled package loads', () => {
    const script = `import { loadDefaultGlossaries } from './dist/index.js'; const g = await loadDefaultGlossaries(); console.log(JSON.stringify(g.map((x) => [x.name, x.terms.length, x.shipped])))`
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })
    const text = readFileSync(new URL('dictionaries/internet-governance.yml', root), 'utf8')
    expect(JSON.parse(out)).toContainEqual(['internet-governance', parseGlossary(text).terms.length, true])
  })
})
