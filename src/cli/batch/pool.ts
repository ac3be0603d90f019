/**
 * Runs tasks in the main thread or on worker threads (tinypool), one per core by default. Small
 * batches stay in the main thread: starting a worker costs more than cleaning a few files. Results
 * come back in input order; `onResult` sees each as it completes.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Task, TaskResult } from './task.js'

/** Below this many files, or this many bytes in all, a batch runs in the main thread. */
export const MIN_FILES_FOR_WORKERS = 4
export const MIN_BYTES_FOR_WORKERS = 64 * 1024

export interface PoolOptions {
  /** Threads to use; 1 runs in the main thread. Default: the number of cores. */
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
  const small = tasks.length < MIN_FILES_FOR_WORKERS || (options.bytes !== undefined && options.bytes < MIN_BYTES_FOR_WORKERS)
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

async function onWorkers(tasks: readonly Task[], jobs: number, filename: string, options: PoolOptions): Promise<TaskResult[]> {
  const { Tinypool } = await import('tinypool')
  const pool = new Tinypool({ filename, name: 'runTask', minThreads: jobs, maxThreads: jobs, isolateWorkers: false })
  let done = 0
  try {
    return await Promise.all(
      tasks.map(async (task) => {
        const result = (await pool.run(task)) as TaskResult
        done++
        options.onResult?.(result, done)
        return result
      }),
    )
  } finally {
    await pool.destroy()
  }
}
