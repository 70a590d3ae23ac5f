import { once } from 'node:events'
import { createServer, type AddressInfo } from 'node:net'

/** A loopback port free at this moment, for a server a test starts that cannot take port 0 itself. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  return port
}
