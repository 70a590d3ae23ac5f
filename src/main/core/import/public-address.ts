import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import { ServiceError } from '../../../shared/result'

/**
 * Special-purpose IPv6 blocks ipaddr.js files under plain "unicast": the deprecated IPv4-compatible
 * block (::127.0.0.1) and the dummy prefix. @see https://www.iana.org/assignments/iana-ipv6-special-registry
 */
const UNNAMED_SPECIAL_IPV6 = ['::/96', '100:0:0:1::/64'].map((cidr) => ipaddr.IPv6.parseCIDR(cidr))

/**
 * Only an address on the open internet: every range of the IANA special-purpose registries (this
 * machine, the LAN, link-local and cloud metadata, documentation, NAT64, 6to4, Teredo…) is refused.
 * An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (isIP(address) === 0) return false
  const parsed = ipaddr.process(address)
  if (parsed.range() !== 'unicast') return false
  return parsed.kind() === 'ipv4' || !UNNAMED_SPECIAL_IPV6.some((range) => parsed.match(range))
}

/** How a host name resolves; a parameter so tests can give a name any address. */
export type ResolveHost = (hostname: string) => Promise<string[]>

/** Which addresses the desk may connect to; tests that serve pages on loopback widen it. */
export type AddressPolicy = (address: string) => boolean

export const resolveWithDns: ResolveHost = async (hostname) =>
  // RFC 6761: localhost and its subdomains are this computer, whatever the resolver says.
  /(^|\.)localhost\.?$/i.test(hostname)
    ? ['127.0.0.1']
    : (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address)

export const bareHostname = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1')

/** `where` is the URL when it is known, else the host name a connection was about to resolve. */
export const privateAddressRefusal = (where: string, address: string): ServiceError =>
  new ServiceError(
    'forbidden',
    `${where} leads to ${address}, an address on this computer or a private network: only public web pages can be imported.`,
  )

export const unresolvedName = (hostname: string, error: NodeJS.ErrnoException): ServiceError =>
  new ServiceError(
    'io-error',
    `The name ${hostname} was not found (${error.code ?? error.message}), so the page could not be fetched.`,
  )

/**
 * Refuses a URL whose host is, or resolves to, an address the policy forbids, before any connection:
 * a clear message early. Every address the name has must pass. The connection checks again on its
 * own answer (see public-connection.ts), since a name can resolve differently the second time.
 */
export async function assertPublicHost(
  url: URL,
  resolveHost: ResolveHost = resolveWithDns,
  isAllowed: AddressPolicy = isPublicAddress,
): Promise<void> {
  const hostname = bareHostname(url)
  const addresses = isIP(hostname)
    ? [hostname]
    : await resolveHost(hostname).catch((error: NodeJS.ErrnoException) => {
        throw unresolvedName(hostname, error)
      })
  const refused = addresses.find((address) => !isAllowed(address))
  if (refused !== undefined || addresses.length === 0)
    throw privateAddressRefusal(url.href, refused ?? 'no address')
}
