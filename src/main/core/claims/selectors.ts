import type { TextPositionSelector, TextQuoteSelector } from '../../../shared/claim-model'
import { ServiceError } from '../../../shared/result'

/** Context kept on each side of a quote, enough to tell repeated sentences apart. */
export const CONTEXT_LENGTH = 32

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Computes a claim's W3C selectors from the article text itself; the renderer only proposes a range. */
export function selectorsFor(
  text: string,
  range: { start: number; end: number },
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const { start, end } = range
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end <= text.length &&
    end > start
  )) {
    throw new ServiceError(
      'invalid-input',
      `The range ${start}–${end} does not lie in the article text.`,
    )
  }
  if (isLowSurrogate(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(end))) {
    throw new ServiceError('invalid-input', 'The range splits a character in two.')
  }
  const exact = text.slice(start, end)
  if (exact.trim() === '')
    throw new ServiceError('invalid-input', 'A claim needs some text, not only spaces.')
  return {
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  }
}
