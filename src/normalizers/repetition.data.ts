/**
 * Word tables of the `repetition` normalizer. General English, sorted.
 */

/**
 * Words whose immediate repetition is ordinary English (reduplication, emphasis, interjections),
 * never a stutter or a double stroke: "very very", "bye bye", "no no", "so so", "had had".
 */
export const REDUPLICATIVES: readonly string[] = [
  'aye',
  'blah',
  'boo',
  'bye',
  'chop',
  'come',
  'far',
  'go',
  'ha',
  'had',
  'hear',
  'hey',
  'hip',
  'hush',
  'knock',
  'long',
  'many',
  'more',
  'much',
  'my',
  'night',
  'no',
  'now',
  'oh',
  'ok',
  'okay',
  'please',
  'quick',
  'really',
  'so',
  'there',
  'too',
  'tsk',
  'tut',
  'very',
  'well',
  'yeah',
  'yes',
]

/**
 * Words whose repetition is often grammatical ("I think that that is right", "what it is is",
 * "what they do do", "we gave her her badge") or not a repetition at all ("a a" is often the letters A I): only suggested.
 */
export const AMBIGUOUS_REPEATS: readonly string[] = ['a', 'did', 'do', 'does', 'her', 'is', 'that', 'was']

/**
 * Participles after "a a" that show the letters A I were said: they make compound adjectives with
 * "AI" ("AI based", "AI driven") and never follow the article "a" in the 2.8 million words of Brown
 * and the State of the Union addresses, so "a a based technologies" is not a doubled "a". ("a
 * related" and "a systems approach" do occur: related words and plurals are left out.)
 */
export const AI_FOLLOWERS: readonly string[] = ['assisted', 'based', 'driven', 'enabled', 'generated', 'powered']

/**
 * Function words: a double stroke of one of these is almost never meant ("the the", "to to the").
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a',
  'about',
  'after',
  'all',
  'am',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'can',
  'could',
  'for',
  'from',
  'has',
  'have',
  'he',
  'her',
  'his',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  "it's",
  'may',
  'might',
  'not',
  'of',
  'on',
  'or',
  'our',
  'shall',
  'she',
  'should',
  'than',
  'the',
  'their',
  'them',
  'then',
  'these',
  'they',
  'this',
  'those',
  'to',
  'us',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'will',
  'with',
  'would',
  'you',
  'your',
]

/** Particles that can meet a preposition of the same spelling ("brought one in in a suitcase"): only suggested. */
export const PARTICLES: readonly string[] = [
  'about', 'along', 'around', 'away', 'back', 'down', 'in', 'off', 'on', 'out', 'over', 'through', 'up',
]

/** Pronouns: a doubled pronoun is a double stroke or a stutter ("it it has long been"). */
export const PRONOUNS: readonly string[] = [
  'he', 'her', 'his', 'i', 'it', 'its', "it's", 'our', 'she', 'their', 'them', 'they', 'us', 'we', 'you', 'your',
]
