// Compiles the shipped glossaries (dictionaries/*.yml), validated by the built parser, to
// dist/glossaries/NAME.json with the hash of their YAML, so the bundled package loads them with
// JSON.parse. Run by tsup after each build (see tsup.config.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { DEFAULT_GLOSSARY_NAMES, glossaryHash, parseGlossary } from '../dist/index.js'

const out = new URL('../dist/glossaries/', import.meta.url)
mkdirSync(out, { recursive: true })
for (const name of DEFAULT_GLOSSARY_NAMES) {
  const path = new URL(`../dictionaries/${name}.yml`, import.meta.url)
  const text = readFileSync(path, 'utf8')
  const glossary = parseGlossary(text, `dictionaries/${name}.yml`)
  writeFileSync(new URL(`${name}.json`, out), JSON.stringify({ hash: glossaryHash(text), glossary }))
}
