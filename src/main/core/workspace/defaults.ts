import type { Tag, VerdictScale, WorkspaceSettings } from '../../../shared/claim-model'
import { DEFAULT_REPORT_OPTIONS } from '../../../shared/report-options'

/** The tag vocabulary a new workspace starts with; colours are distinct in light and dark themes. */
export const DEFAULT_TAGS: Tag[] = [
  { id: 'statistic', name: 'Statistic', colour: '#2f6fdd' },
  { id: 'quote', name: 'Quote', colour: '#8a4fd3' },
  { id: 'date-time', name: 'Date/time', colour: '#0f8a7e' },
  { id: 'attribution', name: 'Attribution', colour: '#c2571a' },
  { id: 'causal', name: 'Causal', colour: '#b0357a' },
  { id: 'prediction', name: 'Prediction', colour: '#6b7a1f' },
]

/** Ordinal verdicts carry a value between worst (1) and best (5) so they map to ClaimReview's Rating. */
export const DEFAULT_VERDICT_SCALE: VerdictScale = {
  verdicts: [
    { id: 'true', label: 'True', value: 5, colour: '#1e8a3a' },
    { id: 'mostly-true', label: 'Mostly true', value: 4, colour: '#6a9a1f' },
    { id: 'mixed', label: 'Mixed', value: 3, colour: '#c99a06' },
    { id: 'mostly-false', label: 'Mostly false', value: 2, colour: '#d9711c' },
    { id: 'false', label: 'False', value: 1, colour: '#c62828' },
    { id: 'misleading', label: 'Misleading', value: 2, colour: '#9c3fb5' },
    { id: 'unverifiable', label: 'Unverifiable', value: null, colour: '#5f6b7a' },
    { id: 'unrated', label: 'Unrated', value: null, colour: '#8a8f98' },
  ],
  bestValue: 5,
  worstValue: 1,
  unratedId: 'unrated',
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  colourBy: 'verdict',
  publisherName: '',
  publisherUrl: '',
  displayName: '',
  report: DEFAULT_REPORT_OPTIONS,
}
