/**
 * Word tables of the `joined-words` normalizer. General English, sorted.
 */

/**
 * Function words that steno and ASR run into their neighbour ("ofthe", "inprevious", "tothe"). A
 * non-word is only split when one of its halves is one of these.
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'about', 'all', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'each', 'for', 'from',
  'has', 'have', 'his', 'in', 'is', 'it', 'its', 'not', 'of', 'on', 'or', 'our', 'that', 'the', 'their',
  'this', 'to', 'was', 'we', 'were', 'which', 'will', 'with', 'would', 'you',
]

/**
 * Particles that English fuses with a verb into a new word ("onboarding", "upskilling", "outsourced",
 * "offshoring"): a non-word made of one of these and an -ing/-ed/-er form is a word the dictionary
 * lacks, not two words run together.
 */
export const FUSING_PARTICLES: readonly string[] = ['back', 'down', 'in', 'off', 'on', 'out', 'over', 'under', 'up']
