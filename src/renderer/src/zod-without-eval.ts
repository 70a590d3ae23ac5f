import { z } from 'zod'

// The CSP forbids eval. Left on, zod probes for it while the first schemas are built and each page
// load reports a CSP violation, so this module is imported before any schema exists.
z.config({ jitless: true })
