import type { LookupAddress } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { Agent, fetch, type RequestInit, type Response } from 'undici'
import {
  assertPublicHost,
  isPublicAddress,
  privateAddressRefusal,
  resolveWithDns,
  unresolvedName,
  type AddressPolicy,
  type ResolveHost,
} from './public-address'

type LookupOptions = Parameters<LookupFunction>[1]

/** The answers of the family the socket asked for (4 or 6), or all of them when it asked for any. */
function ofFamily(addresses: LookupAddress[], family: LookupOptions['family']): LookupAddress[] {
  const wanted = family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family
  return wanted ? addresses.filter((entry) => entry.family === wanted) : addresses
}

/**
 * The resolver a socket uses to find the address it connects to: the only answer that counts, so
 * it is the one checked. A name that resolved to a public address a moment ago and to 127.0.0.1
 * now (DNS rebinding) fails here, before any connection is opened.
 */
export function checkedLookup(resolveHost: ResolveHost, isAllowed: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (answers) => {
        const refused = answers.find((address) => !isAllowed(address))
        if (refused !== undefined || answers.length === 0)
          return callback(privateAddressRefusal(hostname, refused ?? 'no address'), '')
        const entries = answers.map((address) => ({ address, family: isIP(address) }))
        const usable = ofFamily(entries, options.family)
        const [first] = usable
        if (!first) return callback(privateAddressRefusal(hostname, 'no address'), '')
        if (options.all) callback(null, usable)
        else callback(null, first.address, first.family)
      },
      (error: NodeJS.ErrnoException) => callback(unresolvedName(hostname, error), ''),
    )
  }
}

export type CheckedFetch = {
  fetch(url: URL, init: RequestInit): Promise<Response>
  close(): Promise<void>
}

/**
 * Fetches through a connection pool of its own whose every socket, on every redirect hop, goes
 * only where the policy allows. Each URL is also checked before its request, for a clear message.
 */
export function checkedFetch(
  resolveHost: ResolveHost = resolveWithDns,
  isAllowed: AddressPolicy = isPublicAddress,
): CheckedFetch {
  const dispatcher = new Agent({ connect: { lookup: checkedLookup(resolveHost, isAllowed) } })
  return {
    fetch: async (url, init) => {
      await assertPublicHost(url, resolveHost, isAllowed)
      return fetch(url, { ...init, dispatcher })
    },
    close: () => dispatcher.destroy(),
  }
}
