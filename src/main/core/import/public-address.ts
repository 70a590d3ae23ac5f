import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { ServiceError } from '../../../shared/result'

/**
 * Networks a web page must never make the desk fetch from: this machine, the LAN, cloud metadata.
 * BlockList checks an IPv4-mapped IPv6 address (::ffff:127.0.0.1) against the IPv4 rules itself.
 */
const NOT_PUBLIC = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 3], // multicast, reserved, broadcast
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback (::1) and IPv4-compatible
  ['64:ff9b::', 96], // NAT64, which can reach private IPv4
  ['64:ff9b:1::', 48], // local NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6')

export const isPublicAddress = (address: string): boolean => {
  const family = isIP(address)
  if (family === 0) return false
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** How a host name resolves; a parameter so tests can give a name any address. */
export type ResolveHost = (hostname: string) => Promise<string[]>

const resolveWithDns: ResolveHost = async (hostname) =>
  // RFC 6761: localhost and its subdomains are this computer, whatever the resolver says.
  /(^|\.)localhost\.?$/i.test(hostname)
    ? ['127.0.0.1']
    : (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address)

/**
 * Refuses a URL whose host is, or resolves to, a loopback, link-local or private address, so an
 * imported page (or its redirect) cannot make the desk read a local service or cloud metadata.
 * Every address the name has must be public: a name with one private address is refused.
 */
export async function assertPublicHost(
  url: URL,
  resolveHost: ResolveHost = resolveWithDns,
): Promise<void> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const refuse = (address: string) =>
    new ServiceError(
      'forbidden',
      `${url.href} leads to ${address}, an address on this computer or a private network: only public web pages can be imported.`,
    )
  if (isIP(hostname)) {
    if (!isPublicAddress(hostname)) throw refuse(hostname)
    return
  }
  const addresses = await resolveHost(hostname).catch((error: NodeJS.ErrnoException) => {
    throw new ServiceError(
      'io-error',
      `${url.href} could not be fetched: the name ${hostname} was not found (${error.code ?? error.message}).`,
    )
  })
  const local = addresses.find((address) => !isPublicAddress(address))
  if (local !== undefined || addresses.length === 0) throw refuse(local ?? 'no address')
}
