import pg from 'pg'
import * as Y from 'yjs'
import type { DocumentStore } from './document-store'

const TABLE = 'claimdesk_desk_updates'

const SCHEMA = `
  create table if not exists ${TABLE} (
    id bigserial primary key,
    document text not null,
    update bytea not null
  );
  create index if not exists ${TABLE}_document on ${TABLE} (document, id);`

/**
 * Documents as rows of Yjs updates in PostgreSQL: appended as they come, merged into one row when
 * a document is loaded. One connection, so updates are written, and acknowledged, in order.
 */
export async function openPostgresDocumentStore(url: string): Promise<DocumentStore> {
  const client = new pg.Client({ connectionString: url })
  // A lost connection fails the appends in flight; their members are not acknowledged and resend.
  client.on('error', (error) => console.error(`claimdesk: PostgreSQL: ${error.message}`))
  await client.connect()
  await client.query(SCHEMA)
  return {
    async load(name) {
      await client.query('begin')
      try {
        const { rows } = await client.query<{ id: string; update: Buffer }>(
          `select id, update from ${TABLE} where document = $1 order by id for update`,
          [name],
        )
        const state = rows.length > 0 ? Y.mergeUpdates(rows.map((row) => row.update)) : null
        if (state && rows.length > 1) {
          await client.query(`delete from ${TABLE} where document = $1 and id <= $2`, [
            name,
            rows.at(-1)!.id,
          ])
          await client.query(`insert into ${TABLE} (document, update) values ($1, $2)`, [
            name,
            Buffer.from(state),
          ])
        }
        await client.query('commit')
        return state
      } catch (error) {
        await client.query('rollback')
        throw error
      }
    },
    async append(name, update) {
      await client.query(`insert into ${TABLE} (document, update) values ($1, $2)`, [
        name,
        Buffer.from(update),
      ])
    },
    async unload() {},
    async close() {
      await client.end()
    },
  }
}
