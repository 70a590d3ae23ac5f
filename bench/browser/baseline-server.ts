import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

export type BaselineServer = { url: string; close(): Promise<void> }

/** Serves the built baseline page and the article it shows, on a loopback port. */
export async function serveBaseline(pageDir: string, articleJson: string): Promise<BaselineServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (path === '/article.json')
      return void response.writeHead(200, { 'content-type': TYPES['.json'] }).end(articleJson)
    const file = join(pageDir, path === '/' ? 'index.html' : path)
    const body = file.startsWith(pageDir) ? await readFile(file).catch(() => null) : null
    if (!body) return void response.writeHead(404).end()
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(body)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
