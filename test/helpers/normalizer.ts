/**
 * Test helpers for one normalizer on its own: run it the way the pipeline does (retext-english, the
 * plugin, the resolver, then the applier's rule that only proposals at DEFAULT_MIN_CONFIDENCE or above
 * are written), and register the property tests every normalizer must pass.
 */
import retextEnglish from 'retext-english'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Root } from 'nlcst'
import { DEFAULT_MIN_CONFIDENCE } from '../../src/pipeline/pipeline.js'
import { resolveProposals } from '../../src/pipeline/resolve.js'
import type { Proposal } from '../../src/types.js'

// biome-ignore lint: test harness takes any plugin
export type NormalizerPlugin = Plugin<[any?], Root>

export interface NormalizerRun {
  /** The text with the chosen proposals at DEFAULT_MIN_CONFIDENCE or above written in. */
  output: string
  /** Every proposal the plugin made, chosen or not. */
  proposals: Proposal[]
  /** The text of each span the resolver kept as a flag (a proposal with no `expected`). */
  flagged: string[]
}

/** Runs `plugin` with `options` over `text` and applies what the resolver chose. */
export function runNormalizer(plugin: NormalizerPlugin, text: string, options?: object): NormalizerRun {
  const file = new VFile(text)
  const processor = unified().use(retextEnglish).use(plugin, options)
  processor.runSync(processor.parse(file), file)
  const proposals = file.data.captidy?.proposals ?? []
  const { chosen, flags } = resolveProposals(proposals, text)
  let output = text
  for (const p of [...chosen].reverse()) {
    if (p.confidence >= DEFAULT_MIN_CONFIDENCE) output = output.slice(0, p.start) + p.expected[0] + output.slice(p.end)
  }
  return { output, proposals, flagged: flags.map((f) => text.slice(f.start, f.end)) }
}

/**
 * Registers `<name> properties`: on texts made of `sentences` (joined by one space, two spaces or a
 * blank line) every proposal is in bounds, has a rule id from `rules` and a confidence in [0, 1], and a
 * second run changes nothing more; texts made of `valid` sentences come back byte for byte.
 */
export function describeNormalizerProperties(
  name: string,
  plugin: NormalizerPlugin,
  rules: readonly string[],
  sentences: readonly string[],
  valid: readonly string[],
  options?: object,
): void {
  describe(`${name} properties`, () => {
    it('proposes in bounds, with a listed rule id and confidence in [0, 1], and a second run changes nothing more', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '  ', '\n\n'), (parts, joiner) => {
          const text = parts.join(joiner)
          const { output, proposals } = runNormalizer(plugin, text, options)
          for (const p of proposals) {
            expect(p.start).toBeGreaterThanOrEqual(0)
            expect(p.end).toBeLessThanOrEqual(text.length)
            expect(p.start).toBeLessThanOrEqual(p.end)
            expect(p.confidence).toBeGreaterThanOrEqual(0)
            expect(p.confidence).toBeLessThanOrEqual(1)
            expect(rules).toContain(p.ruleId)
          }
          expect(runNormalizer(plugin, output, options).output).toBe(output)
        }),
        { numRuns: 60 },
      )
    })

    it('gives text with nothing to fix back byte for byte', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...valid), { minLength: 1, maxLength: 5 }), (parts) => {
          const text = parts.join('\n\n')
          expect(runNormalizer(plugin, text, options).output).toBe(text)
        }),
        { numRuns: 40 },
      )
    })
  })
}
