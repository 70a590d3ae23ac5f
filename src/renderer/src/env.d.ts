/** The app's version from package.json, written in at build time. */
declare const __APP_VERSION__: string
