// Preloaded with `node --import ./bench/rss.mjs`: on exit, writes the process's peak RSS (worker threads
// included, they share the process) and CPU time to the file named by CAPTIDY_BENCH_RSS.
import { writeFileSync } from 'node:fs'

const target = process.env.CAPTIDY_BENCH_RSS
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }))
  })
}
