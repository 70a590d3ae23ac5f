import packageJson from '../../../package.json' with { type: 'json' }

/** Claimdesk's version, as package.json gives it: what an evidence package says made it. */
export const CLAIMDESK_VERSION: string = packageJson.version
