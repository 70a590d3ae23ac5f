const STORAGE_KEY = 'claimdesk.token'

type Address = Pick<Location, 'hash' | 'pathname' | 'search'>
type AddressBar = Pick<History, 'replaceState' | 'state'>
type TabStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * The browser host hands the page its token in the URL fragment (`#token=…`), which no browser
 * sends to a server. It is kept for this tab only (sessionStorage, per port, so a reload works)
 * and taken out of the address bar, so it is not bookmarked, shared or shown over a shoulder.
 */
export function takeHostToken(
  address: Address,
  addressBar: AddressBar,
  storage: TabStorage,
): string | undefined {
  const fragment = new URLSearchParams(address.hash.slice(1))
  const given = fragment.get('token')
  if (!given) return storage.getItem(STORAGE_KEY) ?? undefined
  storage.setItem(STORAGE_KEY, given)
  fragment.delete('token')
  const rest = fragment.size > 0 ? `#${fragment}` : ''
  addressBar.replaceState(addressBar.state, '', `${address.pathname}${address.search}${rest}`)
  return given
}
