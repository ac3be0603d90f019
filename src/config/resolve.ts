/**
 * The settings for one file: the config's top-level fields, then every override whose `files` globs
 * match the file (in order), then the command-line flags. Scalars are replaced, `normalizers` are
 * merged by id, `glossaries` add up.
 */
import { createRequire } from 'node:module'
import { relative, sep } from 'node:path'
import type { CaptidyConfig, ConfigFields } from './schema.js'

export interface FileSettings extends ConfigFields {
  glossaries: string[]
}

export type SettingsFor = (absolutePath: string) => FileSettings

/** A function giving each file its settings; matchers are compiled once. */
export function settingsResolver(config: CaptidyConfig | undefined, flags: ConfigFields): SettingsFor {
  // picomatch (CommonJS) loads only when there are overrides to match.
  const picomatch = config?.overrides.length ? (createRequire(import.meta.url)('picomatch') as typeof import('picomatch')) : undefined
  const overrides = (config?.overrides ?? []).map((override) => ({
    match: picomatch!(override.files, { dot: true }),
    fields: override.fields,
  }))
  const cache = new Map<string, FileSettings>()
  return (absolutePath) => {
    let key = ''
    const layers: ConfigFields[] = []
    if (config) {
      layers.push(config)
      const path = relative(config.dir, absolutePath).split(sep).join('/')
      overrides.forEach((override, index) => {
        if (override.match(path)) {
          layers.push(override.fields)
          key += `${index},`
        }
      })
    }
    const cached = cache.get(key)
    if (cached) return cached
    const settings = merge([...layers, flags])
    cache.set(key, settings)
    return settings
  }
}

export function merge(layers: readonly ConfigFields[]): FileSettings {
  const settings: FileSettings = { glossaries: [] }
  for (const layer of layers) {
    if (layer.glossaries) settings.glossaries = [...settings.glossaries, ...layer.glossaries.filter((g) => !settings.glossaries.includes(g))]
    if (layer.normalizers) settings.normalizers = { ...settings.normalizers, ...layer.normalizers }
    for (const key of ['defaultGlossaries', 'minConfidence', 'failOn', 'format'] as const) {
      if (layer[key] !== undefined) Object.assign(settings, { [key]: layer[key] })
    }
  }
  return settings
}

/** A stable text key of settings (sorted keys), for pipeline reuse and the cache. */
export function settingsKey(settings: FileSettings): string {
  return stableStringify(settings)
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}
