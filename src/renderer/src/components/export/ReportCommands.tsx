import { useState } from 'react'
import { useCommand } from '../../commands/command-registry'
import { useWorkspace } from '../../state/workspace-context'
import { ExportDialog } from './ExportDialog'
import { ImportAnnotationsDialog } from './ImportAnnotationsDialog'
import { copyReport, downloadEvidencePackage } from './save-report'
import { useEvidenceExport, useReportExport } from '../../hooks/use-report-export'

type Props = { articleId: string | null }

/** Offers File → Export report… (Mod+E), Export report as PDF…, Copy report as Markdown (the article being read, or all), Export evidence package… and Import annotations…. */
export function ReportCommands({ articleId }: Props) {
  const [dialog, setDialog] = useState<'export' | 'pdf' | 'import' | null>(null)
  const { showNotice } = useWorkspace()
  const exportReport = useReportExport()
  const exportEvidence = useEvidenceExport()

  const copyMarkdown = async () => {
    try {
      const scope = articleId ? { kind: 'article' as const, articleId } : { kind: 'all' as const }
      const file = await exportReport({ scope, format: 'md' })
      await copyReport(file)
      showNotice({
        kind: 'info',
        text: `Copied the report of ${file.claimCount} claim(s) as Markdown.`,
      })
    } catch (error) {
      showNotice({ kind: 'error', text: `The report was not copied: ${(error as Error).message}` })
    }
  }

  const saveEvidence = async () => {
    try {
      const file = await exportEvidence()
      downloadEvidencePackage(file)
      showNotice({
        kind: 'info',
        text: `Saved the evidence package (${file.manifest.files.length} files) as ${file.fileName}.`,
      })
    } catch (error) {
      showNotice({
        kind: 'error',
        text: `The evidence package was not made: ${(error as Error).message}`,
      })
    }
  }

  useCommand('export.evidence', () => void saveEvidence())
  useCommand('export.report', () => setDialog('export'))
  useCommand('export.pdf', () => setDialog('pdf'))
  useCommand('export.copyMarkdown', () => void copyMarkdown())
  useCommand('import.annotations', () => setDialog('import'))

  return (
    <>
      <ExportDialog
        open={dialog === 'export' || dialog === 'pdf'}
        onClose={() => setDialog(null)}
        articleId={articleId}
        initialFormat={dialog === 'pdf' ? 'pdf' : 'md'}
      />
      <ImportAnnotationsDialog open={dialog === 'import'} onClose={() => setDialog(null)} />
    </>
  )
}
