import { version } from '../../../package.json'

/** Claimdesk's version, as package.json gives it: what an evidence package says made it. */
export const CLAIMDESK_VERSION: string = version
