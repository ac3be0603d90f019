/** The worker-thread entry (`dist/worker.js`): runs one file's task for the batch pool. */
export { runTask } from './batch/task.js'
