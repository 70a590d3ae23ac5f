import { z } from 'zod'
import { Id, IsoDateTime } from './article-model'

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'not a sha256 in hex')

/** A WARC file's name inside the workspace's `.claimdesk/evidence/` folder: no folders, no dots in front. */
export const WarcFileName = z
  .string()
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}\.warc\.gz$/, 'not a WARC file name')

/** One archived copy of a source's page, kept as WARC records (ISO 28500) in the workspace. */
export const SourceSnapshot = z.object({
  id: Id,
  /** The address asked for, and the one that answered after redirects. */
  requestedUrl: z.string().max(2048),
  finalUrl: z.string().max(2048),
  httpStatus: z.number().int().min(100).max(599),
  contentType: z.string().max(200),
  archivedAt: IsoDateTime,
  /** sha256 of the response body exactly as it was served. */
  payloadSha256: Sha256Hex,
  payloadBytes: z.number().int().nonnegative(),
  warcFile: WarcFileName,
})
export type SourceSnapshot = z.infer<typeof SourceSnapshot>

/** An archived copy as the desk shows it: its readable text as plain blocks, never the page's markup. */
export const ArchivedPage = z.object({
  title: z.string(),
  url: z.string(),
  blocks: z.array(z.object({ kind: z.string(), text: z.string() })),
})
export type ArchivedPage = z.infer<typeof ArchivedPage>

/** One file of an evidence package, as its manifest lists it. */
export const EvidenceFileEntry = z.object({
  path: z.string().min(1).max(300),
  sha256: Sha256Hex,
  bytes: z.number().int().nonnegative(),
})
export type EvidenceFileEntry = z.infer<typeof EvidenceFileEntry>

/** `manifest.json` of an evidence package: what it holds, so anyone can check nothing changed. */
export const EvidenceManifest = z.object({
  workspace: z.string(),
  createdAt: IsoDateTime,
  claimdeskVersion: z.string().min(1),
  files: z.array(EvidenceFileEntry),
})
export type EvidenceManifest = z.infer<typeof EvidenceManifest>

/** An evidence package as it travels to the window that saves it: a zip, in base64. */
export const EvidencePackageFile = z.object({
  fileName: z.string(),
  mimeType: z.literal('application/zip'),
  base64: z.string(),
  manifest: EvidenceManifest,
})
export type EvidencePackageFile = z.infer<typeof EvidencePackageFile>
