import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '../../../shared/dispatch'
import { openTempWorkspace, type TempWorkspace } from '../testing/temp-workspace'
import { assertPublicHost, isPublicAddress } from './public-address'

/**
 * One address inside every block of the IANA IPv4 special-purpose registry, plus multicast.
 * @see https://www.iana.org/assignments/iana-ipv4-special-registry
 */
const SPECIAL_IPV4: [string, string][] = [
  ['0.0.0.0/8 this network', '0.1.2.3'],
  ['0.0.0.0/32 this host', '0.0.0.0'],
  ['10.0.0.0/8 private use', '10.20.30.40'],
  ['100.64.0.0/10 shared address space', '100.127.255.254'],
  ['127.0.0.0/8 loopback', '127.53.0.1'],
  ['169.254.0.0/16 link local (cloud metadata)', '169.254.169.254'],
  ['172.16.0.0/12 private use', '172.31.0.1'],
  ['192.0.0.0/24 IETF protocol assignments', '192.0.0.200'],
  ['192.0.0.0/29 IPv4 service continuity', '192.0.0.1'],
  ['192.0.0.8/32 IPv4 dummy address', '192.0.0.8'],
  ['192.0.0.9/32 port control protocol anycast', '192.0.0.9'],
  ['192.0.0.10/32 TURN anycast', '192.0.0.10'],
  ['192.0.0.170/32 NAT64/DNS64 discovery', '192.0.0.170'],
  ['192.0.0.171/32 NAT64/DNS64 discovery', '192.0.0.171'],
  ['192.0.2.0/24 documentation (TEST-NET-1)', '192.0.2.1'],
  ['192.31.196.0/24 AS112-v4', '192.31.196.1'],
  ['192.52.193.0/24 AMT', '192.52.193.1'],
  ['192.88.99.0/24 6to4 relay anycast (deprecated)', '192.88.99.1'],
  ['192.168.0.0/16 private use', '192.168.1.1'],
  ['192.175.48.0/24 direct delegation AS112', '192.175.48.1'],
  ['198.18.0.0/15 benchmarking', '198.19.255.1'],
  ['198.51.100.0/24 documentation (TEST-NET-2)', '198.51.100.7'],
  ['203.0.113.0/24 documentation (TEST-NET-3)', '203.0.113.9'],
  ['224.0.0.0/4 multicast', '239.255.255.250'],
  ['240.0.0.0/4 reserved', '240.0.0.1'],
  ['255.255.255.255/32 limited broadcast', '255.255.255.255'],
]

/**
 * One address inside every block of the IANA IPv6 special-purpose registry, plus the older
 * special blocks (IPv4-compatible, site-local, multicast) and IPv4-mapped forms of private IPv4.
 * @see https://www.iana.org/assignments/iana-ipv6-special-registry
 */
const SPECIAL_IPV6: [string, string][] = [
  ['::1/128 loopback', '::1'],
  ['::/128 unspecified', '::'],
  ['::ffff:0:0/96 IPv4-mapped loopback', '::ffff:127.0.0.1'],
  ['::ffff:0:0/96 IPv4-mapped private', '::ffff:10.0.0.1'],
  ['::ffff:0:0/96 IPv4-mapped metadata, hex form', '::ffff:a9fe:a9fe'],
  ['::ffff:0:0:0/96 IPv4-translated (SIIT)', '::ffff:0:7f00:1'],
  ['::/96 IPv4-compatible (deprecated)', '::127.0.0.1'],
  ['64:ff9b::/96 IPv4/IPv6 translation', '64:ff9b::7f00:1'],
  ['64:ff9b:1::/48 local-use IPv4/IPv6 translation', '64:ff9b:1::a00:1'],
  ['100::/64 discard-only', '100::1'],
  ['100:0:0:1::/64 dummy IPv6 prefix', '100:0:0:1::1'],
  ['2001::/23 IETF protocol assignments', '2001:1ff::1'],
  ['2001::/32 Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
  ['2001:1::1/128 port control protocol anycast', '2001:1::1'],
  ['2001:1::2/128 TURN anycast', '2001:1::2'],
  ['2001:1::3/128 DNS-SD service registration anycast', '2001:1::3'],
  ['2001:2::/48 benchmarking', '2001:2::1'],
  ['2001:3::/32 AMT', '2001:3::1'],
  ['2001:4:112::/48 AS112-v6', '2001:4:112::1'],
  ['2001:10::/28 ORCHID (deprecated)', '2001:10::1'],
  ['2001:20::/28 ORCHIDv2', '2001:20::1'],
  ['2001:30::/28 drone remote ID', '2001:30::1'],
  ['2001:db8::/32 documentation', '2001:db8::1'],
  ['2002::/16 6to4', '2002:7f00:1::1'],
  ['2620:4f:8000::/48 direct delegation AS112', '2620:4f:8000::1'],
  ['3fff::/20 documentation', '3fff:fff::1'],
  ['5f00::/16 segment routing SIDs', '5f00::1'],
  ['fc00::/7 unique local', 'fd12:3456::1'],
  ['fe80::/10 link-local', 'fe80::1'],
  ['fec0::/10 site-local (deprecated)', 'fec0::1'],
  ['ff00::/8 multicast', 'ff02::1'],
]

const PUBLIC = [
  '8.8.8.8',
  '1.1.1.1',
  '93.184.215.14',
  '192.0.1.1',
  '192.88.98.255',
  '2606:4700::1111',
  '2a00:1450:4001:80b::200e',
  '2001:200::1',
  '::ffff:8.8.8.8',
]

describe('isPublicAddress', () => {
  it.each([...SPECIAL_IPV4, ...SPECIAL_IPV6])('refuses %s (%s)', (_range, address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(PUBLIC)('lets the public address %s through', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })

  it.each(['nonsense', '', '127.1', '0x7f.1', '[::1]', '1.2.3.4.5'])(
    'refuses %j, which is not an address',
    (text) => {
      expect(isPublicAddress(text)).toBe(false)
    },
  )
})

describe('assertPublicHost', () => {
  it('refuses a name when any one of its addresses is private', async () => {
    const url = new URL('http://mixed.example/')
    await expect(assertPublicHost(url, async () => ['93.184.215.14', '10.0.0.7'])).rejects.toThrow(
      /leads to 10\.0\.0\.7/,
    )
    await expect(assertPublicHost(url, async () => ['93.184.215.14'])).resolves.toBeUndefined()
  })

  it('refuses a name with no address, and says when a name is not found', async () => {
    const url = new URL('http://nothing.example/')
    await expect(assertPublicHost(url, async () => [])).rejects.toThrow(/leads to no address/)
    const notFound = Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    await expect(assertPublicHost(url, async () => Promise.reject(notFound))).rejects.toThrow(
      /The name nothing\.example was not found \(ENOTFOUND\)/,
    )
  })
})

const LOCAL_URLS = [
  'http://127.0.0.1/',
  'http://127.1.2.3:8080/admin',
  'http://localhost/',
  'http://LOCALHOST./',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::]/',
  'http://0.0.0.0/',
  'http://0x7f000001/',
  'http://2130706433/',
  'http://017700000001/',
  'http://10.0.0.1/',
  'http://10.255.255.255/',
  'http://172.16.5.4/',
  'http://172.31.255.1/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://224.0.0.1/',
  'http://255.255.255.255/',
  'http://[2002:7f00:1::]/',
  'http://[2001::7f00:1]/',
  'http://[::ffff:0:7f00:1]/',
  'http://192.88.99.1/',
]

describe('articles.importUrl and private addresses', () => {
  let app: TempWorkspace
  beforeAll(async () => {
    app = await openTempWorkspace(undefined, { fileWatch: null })
  })
  afterAll(() => app.dispose())

  it.each(LOCAL_URLS)('refuses %s before connecting, with a clear message', async (url) => {
    const result = await dispatch(app.handlers, 'articles.importUrl', { url })
    expect(result).toMatchObject({ ok: true, value: { imported: 0, skipped: 1 } })
    const [outcome] = result.ok && 'outcomes' in result.value ? result.value.outcomes : []
    expect(outcome).toMatchObject({
      status: 'skipped',
      message: expect.stringMatching(
        /on this computer or a private network: only public web pages can be imported\.$/,
      ),
    })
  })
})
