/**
 * Word tables of the `split-words` normalizer. General English, sorted.
 */

/**
 * Combining forms that transcripts write open or closed as a matter of house style ("cyber space",
 * "multi stakeholder", "non binding"): never joined.
 */
export const COMBINING_FORMS: readonly string[] = [
  'anti', 'bio', 'co', 'cross', 'cyber', 'e', 'eco', 'extra', 'geo', 'info', 'inter', 'intra', 'macro',
  'mega', 'meta', 'micro', 'mini', 'multi', 'nano', 'neo', 'non', 'post', 'pre', 'pro', 'pseudo', 'quasi',
  're', 'self', 'semi', 'socio', 'sub', 'super', 'techno', 'tele', 'trans', 'ultra',
]

/**
 * First words that make an open pair a phrase of its own as often as not ("be cause for concern",
 * "no body was found", "on line 5", "may be"): such pairs are only suggested.
 */
export const PHRASAL_FIRST: readonly string[] = [
  'a', 'all', 'an', 'any', 'as', 'at', 'be', 'by', 'can', 'down', 'each', 'every', 'for', 'here', 'how',
  'in', 'into', 'it', 'may', 'no', 'none', 'not', 'of', 'off', 'on', 'out', 'over', 'so', 'some', 'the',
  'there', 'to', 'up', 'what', 'when', 'where', 'who', 'with',
]

/**
 * Second words that make an open pair a verb and its particle or a phrase ("shut down", "break
 * through", "feed back", "be low"): such pairs are only suggested.
 */
export const PHRASAL_SECOND: readonly string[] = [
  'about', 'along', 'around', 'as', 'away', 'back', 'by', 'down', 'ever', 'in', 'low', 'off', 'on', 'one',
  'out', 'over', 'self', 'side', 'through', 'up', 'way', 'what', 'where',
]

/**
 * Sentence connectives that steno and ASR split ("Further more,", "and more over"), with whether the
 * open form is also a phrase in its own right ("how ever did you", "what ever happened"): those are
 * only fixed before a comma.
 */
export const CONNECTIVES: Readonly<Record<string, { openIsPhrase: boolean }>> = {
  furthermore: { openIsPhrase: false },
  hereby: { openIsPhrase: false },
  however: { openIsPhrase: true },
  likewise: { openIsPhrase: false },
  meanwhile: { openIsPhrase: false },
  moreover: { openIsPhrase: false },
  nevertheless: { openIsPhrase: false },
  nonetheless: { openIsPhrase: false },
  otherwise: { openIsPhrase: true },
  therefore: { openIsPhrase: false },
  thereby: { openIsPhrase: true },
  whereas: { openIsPhrase: true },
  whereby: { openIsPhrase: true },
}

/**
 * Technology compounds that English dictionaries of the 2010s lack but captions of internet and
 * security meetings use every day; they are candidates for sound-alike splits ("ransom wear").
 */
export const DOMAIN_COMPOUNDS: readonly string[] = [
  'adware', 'botnet', 'botnets', 'clickbait', 'cyberattack', 'cyberattacks', 'cybercrime', 'cybercrimes',
  'cybersecurity', 'cyberspace', 'cyberwarfare', 'dataset', 'datasets', 'deepfake', 'deepfakes',
  'firmware', 'hashtag', 'hashtags', 'livestream', 'malware', 'ransomware', 'smartphone', 'smartphones',
  'spyware', 'stakeholder', 'stakeholders', 'username', 'usernames', 'webcam', 'webinar', 'webinars',
  'website', 'websites',
]
