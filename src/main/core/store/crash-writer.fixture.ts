import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { DurableJsonFile } from './durable-json-file'

/** The crash test's store: claims reduced to their ids, appended one by one. */
const CrashLog = z.object({
  claims: z.array(z.object({ id: z.number().int().nonnegative() })),
})
type CrashLog = z.infer<typeof CrashLog>

export const openCrashLog = (filePath: string, onNotice?: (message: string) => void) =>
  new DurableJsonFile<CrashLog>(filePath, { schema: CrashLog, schemaVersion: 1, onNotice })

/** Writes that run between two awaits fold together, so the kill also lands on coalesced writes. */
const WRITES_PER_AWAIT = 4

/** Appends claims until killed, printing each id to stdout once its write() has resolved. */
async function appendUntilKilled(filePath: string): Promise<never> {
  const file = openCrashLog(filePath)
  const log = (await file.read()) ?? { claims: [] }
  let nextId = (log.claims.at(-1)?.id ?? -1) + 1
  process.stdout.write('ready\n')
  for (;;) {
    const id = nextId++
    log.claims.push({ id })
    const acknowledged = file.write(log).then(() => process.stdout.write(`${id}\n`))
    if (id % WRITES_PER_AWAIT === 0) await acknowledged
  }
}

const isEntryPoint = (): boolean =>
  process.argv[1] !== undefined &&
  pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url

if (isEntryPoint()) void appendUntilKilled(process.argv[2]!)
