#!/usr/bin/env node
import { main } from './app.js'
import { processIo } from './io.js'

const io = processIo()
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    io.stderr.write(`captidy: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 2
  },
)
