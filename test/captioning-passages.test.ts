/**
 * Passages for the `captioning` glossary that use both the misheard words and the same words in
 * ordinary English: only the mishearing changes. First the confusion pairs of UN, policy and
 * internet-governance speech (future/feature, new/few, of/or, inclusive/inconclusive, stability,
 * influence/inference, building/billing, …), then the misheard idioms ("case and point", "one in the
 * same", "by in large", "could of", "tow the line", …), then clean sentences with the look-alike
 * where it is right. Each entry's own examples and counterexamples are run by glossary-specs.test.ts;
 * its frames are checked against Brown and SOTU by captioning-pairs.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { clean } from '../src/pipeline/clean.js'

interface Passage {
  input: string
  output: string
}

const pairs: Passage[] = [
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

const idioms: Passage[] = [
  {
    input: 'States and companies share the risk, and in this field the market fails. This is a case and point of how regulation fails.',
    output: 'States and companies share the risk, and in this field the market fails. This is a case in point of how regulation fails.',
  },
  {
    input: 'In the end the regulator and the operator are one in the same, and no one in this room would disagree.',
    output: 'In the end the regulator and the operator are one and the same, and no one in this room would disagree.',
  },
  {
    input: 'By in large the member states agreed, and in the end they voted for the text by a large majority.',
    output: 'By and large the member states agreed, and in the end they voted for the text by a large majority.',
  },
  {
    input: 'We could of course have acted sooner. We could of done more to prevent the attack.',
    output: 'We could of course have acted sooner. We could have done more to prevent the attack.',
  },
  {
    input: 'We must make due allowance for the delay, and we will have to make due with the budget we have.',
    output: 'We must make due allowance for the delay, and we will have to make do with the budget we have.',
  },
  {
    input: 'The truck will tow the car to the garage. Delegations must tow the line of their governments.',
    output: 'The truck will tow the car to the garage. Delegations must toe the line of their governments.',
  },
  {
    input: 'Chaos reigned in the capital, so the militias must be reigned in by law.',
    output: 'Chaos reigned in the capital, so the militias must be reined in by law.',
  },
  {
    input: 'Rain poured over the dam while the lawyers poured over every line of the draft.',
    output: 'Rain poured over the dam while the lawyers pored over every line of the draft.',
  },
  {
    input: 'The court granted a waiver of the fee. We will not waiver in our commitment to the Charter.',
    output: 'The court granted a waiver of the fee. We will not waver in our commitment to the Charter.',
  },
  {
    input: 'Let me quote the minister: we cannot accept the status quote.',
    output: 'Let me quote the minister: we cannot accept the status quo.',
  },
]

for (const [title, cases] of [
  ['passages with both words of a UN-speech pair', pairs],
  ['misheard idioms beside the same words in ordinary English', idioms],
] as const) {
  describe(title, () => {
    for (const { input, output } of cases) {
      it(input, async () => {
        expect((await clean(input)).text).toBe(output)
      })
    }
  })
}

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
