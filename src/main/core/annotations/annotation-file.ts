import { ServiceError } from '../../../shared/result'
import type { ReadItem } from './foreign-annotation'
import { hypothesisItems, readHypothesisRow } from './hypothesis-document'
import { readWebAnnotation, webAnnotationItems } from './web-annotation-document'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A W3C annotation says it is one; anything else in a list is read as Hypothesis's shape. */
const isWebAnnotation = (raw: unknown) => isRecord(raw) && [raw.type].flat().includes('Annotation')

const readItem = (raw: unknown, index: number): ReadItem =>
  isWebAnnotation(raw) ? readWebAnnotation(raw, index) : readHypothesisRow(raw, index)

/**
 * Every annotation in a file, in one shape: a W3C collection or page, a Hypothesis search result,
 * a list of either, or one annotation of either kind.
 */
export function readAnnotationFile(content: string): ReadItem[] {
  let document: unknown
  try {
    document = JSON.parse(content)
  } catch (error) {
    throw new ServiceError(
      'invalid-input',
      `This is not JSON (a Web Annotation or Hypothesis file): ${(error as Error).message}`,
    )
  }
  const items = webAnnotationItems(document) ?? hypothesisItems(document)
  if (items) return items.map((raw, index) => readItem(raw, index))
  return (Array.isArray(document) ? document : [document]).map(readItem)
}
