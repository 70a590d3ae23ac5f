/** How a page proves to the browser host that it is the app: this header, carrying the token. */
export const TOKEN_HEADER = 'X-Claimdesk-Token'

export const NEEDS_TOKEN_MESSAGE =
  'Claimdesk needs its access token. Open the URL printed in the terminal where you started ' +
  'Claimdesk (it ends with #token=…).'
