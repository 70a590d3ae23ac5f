// Loaded with `node --import` into a process the bench measures (the CLI, the browser host): the
// longest event-loop block and the memory, written to CLAIMDESK_PROBE_FILE every 200 ms and on
// exit. SIGUSR2 starts a new window (the block and the peak from then on), e.g. once the workspace
// is open; the first window's block (loading the bundle, opening the workspace) is kept as startup.
// The process's worker threads load this module too; only the main thread measures and writes: a
// worker's loop is meant to be busy with its job, and the memory is the whole process's.
import { renameSync, writeFileSync } from 'node:fs'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { isMainThread } from 'node:worker_threads'

const file = process.env.CLAIMDESK_PROBE_FILE
if (file && isMainThread) {
  const RESOLUTION_MS = 5
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  delay.enable()
  let peakRss = 0
  let windowStart = performance.now()
  let startupBlockMs = null
  const longestBlockMs = () => Math.max(0, delay.max / 1e6 - RESOLUTION_MS)
  const samples = []
  const sample = () => {
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage()
    peakRss = Math.max(peakRss, rss)
    const mb = (bytes) => Math.round(bytes / 1e5) / 10
    samples.push({
      at: Math.round(performance.now()),
      rss: mb(rss),
      heapUsed: mb(heapUsed),
      external: mb(external),
      arrayBuffers: mb(arrayBuffers),
    })
    if (samples.length > 2000) samples.splice(0, 1000)
  }
  const write = () => {
    sample()
    const report = {
      windowStartMs: Math.round(windowStart),
      // The histogram holds whole intervals between the timer's turns: the block is what exceeds one.
      longestBlockMs: longestBlockMs(),
      startupBlockMs,
      peakRssMb: peakRss / 1e6,
      samples,
    }
    // Written aside and renamed, so the bench never reads a file half written.
    const part = `${file}.${process.pid}.part`
    writeFileSync(part, JSON.stringify(report))
    renameSync(part, file)
  }
  setInterval(write, 200).unref()
  process.on('SIGUSR2', () => {
    startupBlockMs ??= longestBlockMs()
    delay.reset()
    peakRss = 0
    windowStart = performance.now()
    samples.length = 0
  })
  process.on('exit', write)
}
