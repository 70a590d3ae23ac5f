/** Turns data of format `from` into data of format `from + 1`. */
export type Migration = { from: number; migrate(data: unknown): unknown }

/** Data of format `from` brought to format `to` one step at a time; throws naming the step missing or failing. */
export function migrateData(
  migrations: readonly Migration[],
  from: number,
  to: number,
  data: unknown,
): unknown {
  let migrated = data
  for (let version = from; version < to; version++) {
    const step = migrations.find((migration) => migration.from === version)
    if (!step) throw new Error(`there is no migration from format ${version}`)
    try {
      migrated = step.migrate(migrated)
    } catch (error) {
      throw new Error(`the step from format ${version} failed: ${String(error)}`)
    }
  }
  return migrated
}
