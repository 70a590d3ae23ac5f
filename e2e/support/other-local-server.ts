import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export type OtherLocalServer = {
  origin: string
  /** Every request it received: its path and the Cookie header it came with, if any. */
  requests: { path: string; cookie: string | undefined }[]
  close(): Promise<void>
}

/**
 * Another web server on this computer (a dev server, a router page, a malicious local app), on
 * 127.0.0.1 like the browser host. Its page loads an image and calls itself with credentials,
 * and, when `probe` is given, sends a call and a script request to that origin as well.
 */
export async function startOtherLocalServer(probe?: string): Promise<OtherLocalServer> {
  const requests: OtherLocalServer['requests'] = []
  const server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', cookie: request.headers.cookie })
    if (request.url !== '/') return void response.writeHead(204).end()
    const probes = probe
      ? `<script src="${probe}/"></script>
         <script>fetch('${probe}/rpc/articles.list', { method: 'POST', mode: 'no-cors',
           credentials: 'include', body: '{}' }).catch(() => {})</script>`
      : ''
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html>
      <title>Another local server</title><img src="/pixel.png" alt="">
      <script>fetch('/api', { credentials: 'include' })</script>${probes}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
