import { z } from 'zod'
import { ImportSummary } from './import-model'
import { IsoDateTime } from './article-model'

/** The open workspace: its name and folder, its counts, and what went wrong reading it. */
export const WorkspaceInfo = z.object({
  name: z.string(),
  folder: z.string(),
  articleCount: z.number().int().nonnegative(),
  claimCount: z.number().int().nonnegative(),
  isReadOnly: z.boolean(),
  notices: z.array(z.string()),
})
export type WorkspaceInfo = z.infer<typeof WorkspaceInfo>

/** A workspace folder the user opened before, newest first in the File menu's list. */
export const RecentWorkspace = z.object({
  folder: z.string().min(1).max(4096),
  name: z.string().max(300),
  openedAt: IsoDateTime,
})
export type RecentWorkspace = z.infer<typeof RecentWorkspace>

/** An absolute folder path: where a workspace is, or should be started. */
export const FolderPath = z
  .string()
  .trim()
  .min(1, 'Enter the folder’s full path')
  .max(4096)
  .refine((path) => !path.includes('\0'), 'A folder path cannot contain a NUL character')

/** What opening a folder did; a folder opened for the first time has its article files imported. */
export const WorkspaceOpened = z.object({ info: WorkspaceInfo, imported: ImportSummary.nullable() })
export type WorkspaceOpened = z.infer<typeof WorkspaceOpened>

/** The native folder picker's answer; the browser host has none and asks for a typed path instead. */
export const FolderChoice = z.object({
  isSupported: z.boolean(),
  folder: z.string().max(4096).nullable(),
})
export type FolderChoice = z.infer<typeof FolderChoice>
