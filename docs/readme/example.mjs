import { clean } from '../../dist/index.js'

const transcript = `>> MODERATOR: We need more international corporation between states, and the the
security counsel council has to act on ransom wear. 4thly, the SXOERT norms.
`
const result = await clean(transcript)
console.log(result.text)
for (const c of [...result.corrections, ...result.flags]) {
  console.log(`${c.place.start.line}:${c.place.start.column} ${c.source}/${c.ruleId} ${JSON.stringify(c.actual)} -> ${JSON.stringify(c.expected[0] ?? null)} ${c.confidence} ${c.applied ? 'applied' : c.expected.length ? 'suggested' : 'flag'}`)
  console.log(`  ${c.reason}`)
}
