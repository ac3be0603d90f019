/**
 * Runs tasks in the main thread, or on the main thread and worker threads (tinypool): one thread per
 * core by default. Small batches stay in the main thread: starting a worker costs more than cleaning
 * a few files. Results come back in input order; `onResult` sees each as it completes.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Task, TaskResult } from './task.js'

/**
 * Without `--jobs`, a batch of fewer files or bytes than these runs in the main thread: each extra
 * thread builds its own pipeline and warms its own JIT and look-up caches (about 2.5 s of CPU on the
 * bench machine), which pays off only above roughly 1.5 s of work (some 250 KB of captions).
 */
export const MIN_FILES_FOR_WORKERS = 4
export const MIN_BYTES_FOR_WORKERS = 256 * 1024

export interface PoolOptions {
  /**
   * Threads to use (never more than files); 1 runs in the main thread. Default: one per core, but
   * small batches stay in the main thread.
   */
  jobs?: number
  /** Total input size, when known, to keep small batches in the main thread. */
  bytes?: number
  onResult?: (result: TaskResult, done: number) => void
}

export interface PoolRun {
  results: TaskResult[]
  /** Threads used (1 = main thread). */
  threads: number
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

/** The built worker beside this module (`dist/worker.js`); undefined when running from source. */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(file) ? file : undefined
}

export async function runTasks(tasks: readonly Task[], options: PoolOptions = {}): Promise<PoolRun> {
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), tasks.length))
  const small = options.jobs === undefined && (tasks.length < MIN_FILES_FOR_WORKERS || (options.bytes !== undefined && options.bytes < MIN_BYTES_FOR_WORKERS))
  const worker = workerFile()
  if (jobs === 1 || small || !worker) return { results: await inProcess(tasks, options), threads: 1 }
  return { results: await onWorkers(tasks, jobs, worker, options), threads: jobs }
}

async function inProcess(tasks: readonly Task[], options: PoolOptions): Promise<TaskResult[]> {
  const { runTask } = await import('./task.js')
  const results: TaskResult[] = []
  for (const task of tasks) {
    const result = await runTask(task)
    results.push(result)
    options.onResult?.(result, results.length)
  }
  return results
}

/**
 * `jobs` threads: the main thread and `jobs - 1` workers take files from one queue, so a second
 * thread costs one more pipeline (memory and setup), not two. Each worker holds two files, so it
 * goes on while the main thread is busy cleaning and cannot hand it the next one.
 */
async function onWorkers(tasks: readonly Task[], jobs: number, filename: string, options: PoolOptions): Promise<TaskResult[]> {
  const [{ Tinypool }, { runTask }] = await Promise.all([import('tinypool'), import('./task.js')])
  const workers = jobs - 1
  const pool = new Tinypool({ filename, name: 'runTask', minThreads: workers, maxThreads: workers, isolateWorkers: false, concurrentTasksPerWorker: 2 })
  const results: TaskResult[] = new Array<TaskResult>(tasks.length)
  let next = 0
  let done = 0
  const finish = (index: number, result: TaskResult) => {
    results[index] = result
    done++
    options.onResult?.(result, done)
  }
  const feedWorkers = async () => {
    for (let index = next++; index < tasks.length; index = next++) finish(index, (await pool.run(tasks[index])) as TaskResult)
  }
  const cleanHere = async () => {
    for (let index = next++; index < tasks.length; index = next++) {
      finish(index, await runTask(tasks[index]!))
      // Let finished workers' messages through before the next (synchronous) clean.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  try {
    await Promise.all([...Array.from({ length: workers * 2 }, feedWorkers), cleanHere()])
  } finally {
    await pool.destroy()
  }
  return results
}
