/**
 * Misheard idioms of the `captioning` glossary ("case and point", "one in the same", "by in large",
 * "could of", "make due", "tow the line", …) in passages that also use the look-alike words in
 * ordinary English: only the idiom changes. Each entry's own examples and counterexamples are run by
 * glossary-specs.test.ts; its frames are checked against Brown and SOTU by captioning-pairs.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { clean } from '../src/pipeline/clean.js'

const cases: { input: string; output: string }[] = [
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

describe('misheard idioms beside the same words in ordinary English', () => {
  for (const { input, output } of cases) {
    it(input, async () => {
      expect((await clean(input)).text).toBe(output)
    })
  }
})
