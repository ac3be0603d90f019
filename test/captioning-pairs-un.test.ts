/**
 * The confusion pairs of the `captioning` glossary added for UN, policy and internet-governance speech
 * (future/feature, new/few, of/or, inclusive/inconclusive, stability/instability, influence/inference,
 * building/billing, …), on passages that use both words of a pair: only the misheard one changes,
 * and the look-alike where it is right stays. Each entry's own examples and counterexamples are run
 * by glossary-specs.test.ts; its frames are checked against Brown and SOTU by captioning-pairs.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { clean } from '../src/pipeline/clean.js'

const cases: { input: string; output: string }[] = [
  {
    input: 'Encryption is a key feature of the protocol, and we hope to keep it in the near feature.',
    output: 'Encryption is a key feature of the protocol, and we hope to keep it in the near future.',
  },
  {
    input: 'We need a few more days to agree on a few type of cooperation between the agencies.',
    output: 'We need a few more days to agree on a new type of cooperation between the agencies.',
  },
  {
    // A transcript says "one of the" often; a stray "one or the most" is read against that.
    input: 'This is one of the key issues. States may sign or ratify it, and it is one or the most important treaties.',
    output: 'This is one of the key issues. States may sign or ratify it, and it is one of the most important treaties.',
  },
  {
    input: 'The talks were inconclusive, so we call for an open and inconclusive process.',
    output: 'The talks were inconclusive, so we call for an open and inclusive process.',
  },
  {
    input: 'Political instability in the region does not bring peace and instability in cyberspace.',
    output: 'Political instability in the region does not bring peace and stability in cyberspace.',
  },
  {
    input: 'The inference drawn from the logs was wrong. Foreign states can inference how people vote, and their influence grows.',
    output: 'The inference drawn from the logs was wrong. Foreign states can influence how people vote, and their influence grows.',
  },
  {
    input: 'The billing system of the operator is old. States agreed on confidence billing measures.',
    output: 'The billing system of the operator is old. States agreed on confidence building measures.',
  },
]

describe('passages with both words of a UN-speech pair', () => {
  for (const { input, output } of cases) {
    it(input, async () => {
      expect((await clean(input)).text).toBe(output)
    })
  }
})

describe('clean text with the look-alike where it is right', () => {
  const sentences = [
    'A few states have ratified the convention, and a few more may follow.',
    'Either one or the other delegation will take the floor.',
    'The results of the inquiry remained inconclusive.',
    'Regional instability undermines investment.',
    'The model runs inference on the device.',
    'The governors of the central banks met in Basel.',
    'Police used tear gas to disperse the crowd.',
  ]
  for (const sentence of sentences) {
    it(sentence, async () => {
      expect((await clean(sentence)).text).toBe(sentence)
    })
  }
})
