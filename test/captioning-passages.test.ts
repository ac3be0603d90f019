/**
 * Passages for the `captioning` glossary that use both the misheard words and the same words in
 * ordinary English: only the mishearing changes. First the confusion pairs of UN, policy and
 * internet-governance speech (future/feature, new/few, of/or, inclusive/inconclusive, stability,
 * influence/inference, building/billing, …), then the misheard idioms ("case and point", "one in the
 * same", "by in large", "could of", "tow the line", …), then the other form of a word where only the
 * intended one is grammatical ("your proposes", "I'm a diplomatic and I", "take into consider"), then
 * clean sentences with the look-alike where it is right. Each entry's own examples and counterexamples are run by glossary-specs.test.ts;
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
    input: "It's clear that it's members who decide, and the council sets it's own agenda.",
    output: "It's clear that it's members who decide, and the council sets its own agenda.",
  },
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

// The other form of the word (a suffix dropped, added or swapped) beside the same form used rightly.
const forms: Passage[] = [
  {
    input: "I am not a diplomat myself, but I'm a diplomatic and I know that diplomatic channels are slow.",
    output: "I am not a diplomat myself, but I'm a diplomat and I know that diplomatic channels are slow.",
  },
  {
    input: 'The chair proposes that we adjourn. Please send us your proposes and comments by Friday.',
    output: 'The chair proposes that we adjourn. Please send us your proposals and comments by Friday.',
  },
  {
    input: 'I can say a disclaim that it might not reflect our view. We disclaim any responsibility for the leak.',
    output: 'I can say a disclaimer that it might not reflect our view. We disclaim any responsibility for the leak.',
  },
  {
    input: 'I am confident that we will agree. Attacks on elections lead to a loss of confident in democratic institutions.',
    output: 'I am confident that we will agree. Attacks on elections lead to a loss of confidence in democratic institutions.',
  },
  {
    input: 'States must commit to the norms, and we reaffirm our commit to the multistakeholder model.',
    output: 'States must commit to the norms, and we reaffirm our commitment to the multistakeholder model.',
  },
  {
    input: 'States must implement the norms, and we call for the full implement of the recommendations.',
    output: 'States must implement the norms, and we call for the full implementation of the recommendations.',
  },
  {
    input: 'All stakeholders should participate, and we support the full and meaningful participate of women.',
    output: 'All stakeholders should participate, and we support the full and meaningful participation of women.',
  },
  {
    input: 'Everyone can contribute. Thank you for your contribute to this panel.',
    output: 'Everyone can contribute. Thank you for your contribution to this panel.',
  },
  {
    input: 'We will consider the draft next week. It is now under consider by the working group.',
    output: 'We will consider the draft next week. It is now under consideration by the working group.',
  },
  {
    input: 'The chair may intervene at any time. Thank you for your intervene, I now give the floor to Brazil.',
    output: 'The chair may intervene at any time. Thank you for your intervention, I now give the floor to Brazil.',
  },
  {
    input: 'The process must be open and transparent, and the transparent of the process and its accountability matter to us.',
    output: 'The process must be open and transparent, and the transparency of the process and its accountability matter to us.',
  },
  {
    input: 'Governments must be accountable for spyware, and we call for greater accountable and transparency in its use.',
    output: 'Governments must be accountable for spyware, and we call for greater accountability and transparency in its use.',
  },
  {
    input: 'This is an important meeting. This issue is of great important to small island states.',
    output: 'This is an important meeting. This issue is of great importance to small island states.',
  },
  {
    input: 'We can make a different choice this time. These norms can make a different in the lives of people.',
    output: 'We can make a different choice this time. These norms can make a difference in the lives of people.',
  },
  {
    input: 'We are aware of the risks, so we run campaigns to raise aware about online scams among older people.',
    output: 'We are aware of the risks, so we run campaigns to raise awareness about online scams among older people.',
  },
  {
    input: 'The panel recommends that states adopt the norms, and we welcome the recommends of the High-level Panel.',
    output: 'The panel recommends that states adopt the norms, and we welcome the recommendations of the High-level Panel.',
  },
  {
    input: 'We recommend that the chair circulate the text. Our recommend to the working group is a short list of norms.',
    output: 'We recommend that the chair circulate the text. Our recommendation to the working group is a short list of norms.',
  },
]

const segments: Passage[] = [
  {
    input: 'The main goal of attribution is to make it harder for those who attack to the main unidentified.',
    output: 'The main goal of attribution is to make it harder for those who attack to remain unidentified.',
  },
  {
    input: 'It was on the mind of every delegate that these campaigns on the mind trust in elections.',
    output: 'It was on the mind of every delegate that these campaigns undermine trust in elections.',
  },
  {
    input: 'She wore a dress the color of the flag, and asked how to a dress the issue of funding.',
    output: 'She wore a dress the color of the flag, and asked how to address the issue of funding.',
  },
  {
    input: 'We need the effective and efficient use of funds; going it alone leads to the effective and counterproductive outcomes.',
    output: 'We need the effective and efficient use of funds; going it alone leads to ineffective and counterproductive outcomes.',
  },
  {
    input: 'She wore a cross on a chain, and we see the same attacks a cross the region.',
    output: 'She wore a cross on a chain, and we see the same attacks across the region.',
  },
  {
    input: 'The challenges a head of state faces are many, so we move a head with the review.',
    output: 'The challenges a head of state faces are many, so we move ahead with the review.',
  },
  {
    input: 'It was a long meeting; the guidelines, a long with the toolkit, are online.',
    output: 'It was a long meeting; the guidelines, along with the toolkit, are online.',
  },
  {
    input: 'Civil society is a part of the process, and disinformation can tear a part the social fabric.',
    output: 'Civil society is a part of the process, and disinformation can tear apart the social fabric.',
  },
  {
    input: 'The team was in good form, and research should in form policy on AI.',
    output: 'The team was in good form, and research should inform policy on AI.',
  },
  {
    input: 'He had a bout of flu, so we will talk a bout the issue tomorrow.',
    output: 'He had a bout of flu, so we will talk about the issue tomorrow.',
  },
  {
    input: 'The clerk took a count of the votes, taking into a count the abstentions.',
    output: 'The clerk took a count of the votes, taking into account the abstentions.',
  },
]

for (const [title, cases] of [
  ['passages with both words of a UN-speech pair', pairs],
  ['misheard idioms beside the same words in ordinary English', idioms],
  ['the other form of a word beside the same form used rightly', forms],
  ['one word heard as several, beside the same words meant as written', segments],
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
    // The other form where it is right: an adjective before its noun, a verb after a subject.
    "As a diplomatic representative, I'm a diplomatic person by nature.",
    'We need a diplomatic and a military answer.',
    'Our budget proposes a new fund, and the chair proposes that we adjourn.',
    'Let me make a different proposal: we can make a different choice.',
    'It is no different between the two agencies.',
    'I am confident in the future of this forum, and the public must be confident that the count is fair.',
    'Make the public aware of the new rules; children raised aware of their rights speak up.',
    'We will further consider the draft. Be careful, consider the cost.',
    'Let her intervene first; the military should not intervene in politics.',
    'We need transparent and accountable institutions, and a lack of transparent procedures worries us.',
    'The plough is an ancient agricultural implement. States should implement and review their plans.',
    'Of the two panels, the first recommend a treaty.',
    'Its important books and papers were lost, and it is a great and important day.',
  ]
  for (const sentence of sentences) {
    it(sentence, async () => {
      expect((await clean(sentence)).text).toBe(sentence)
    })
  }
})
