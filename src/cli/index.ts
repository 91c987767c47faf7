#!/usr/bin/env node
import { main } from './main.js'

// `counterclaim export | head`: the reader closed the pipe, so there is no one left to write to
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e
  process.exit(0)
})

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    console.error(e)
    process.exitCode = 1
  },
)
