/** The one-sentence text of a record, shared by the reporters (the pipeline's own). */
export { messageOf } from '../../pipeline/messages.js'
