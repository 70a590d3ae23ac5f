import { Colour, type Verdict, type VerdictScale } from '../../../../shared/claim-model'

/** A verdict as the editor holds it: the value stays text, and "" means "not on the scale". */
export type VerdictDraft = { id: string; label: string; value: string; colour: string }
export type ScaleDraft = {
  verdicts: VerdictDraft[]
  bestValue: string
  worstValue: string
  unratedId: string
}

const MAX_VERDICTS = 30
const MAX_LABEL = 60
const VALUE_LIMIT = 100
const NEW_VERDICT_COLOUR = '#8a8f98'

/** Blank or unreadable text becomes NaN, so validation reports it instead of it quietly turning into 0. */
const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

export function toDraft(scale: VerdictScale): ScaleDraft {
  return {
    verdicts: scale.verdicts.map((verdict) => ({
      ...verdict,
      value: verdict.value === null ? '' : String(verdict.value),
    })),
    bestValue: String(scale.bestValue),
    worstValue: String(scale.worstValue),
    unratedId: scale.unratedId,
  }
}

export function fromDraft(draft: ScaleDraft): VerdictScale {
  return {
    verdicts: draft.verdicts.map((verdict) => ({
      ...verdict,
      label: verdict.label.trim(),
      value: verdict.value.trim() === '' ? null : numberOrNaN(verdict.value),
    })),
    bestValue: numberOrNaN(draft.bestValue),
    worstValue: numberOrNaN(draft.worstValue),
    unratedId: draft.unratedId,
  }
}

export function newVerdictDraft(): VerdictDraft {
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  )
  return { id: `verdict-${suffix.join('')}`, label: '', value: '', colour: NEW_VERDICT_COLOUR }
}

/** The list with the item at `index` swapped with its neighbour `offset` places away (±1). */
export function moveItem<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const other = index + offset
  if (index < 0 || other < 0 || other >= items.length) return [...items]
  const moved = [...items]
  ;[moved[index], moved[other]] = [moved[other] as T, moved[index] as T]
  return moved
}

function checkBounds({ bestValue, worstValue }: VerdictScale): string | null {
  if (!Number.isInteger(bestValue) || !Number.isInteger(worstValue))
    return 'Best and worst values must be whole numbers.'
  if (Math.abs(bestValue) > VALUE_LIMIT || Math.abs(worstValue) > VALUE_LIMIT) {
    return `Best and worst values must be between -${VALUE_LIMIT} and ${VALUE_LIMIT}.`
  }
  return bestValue > worstValue ? null : 'The best value must be greater than the worst value.'
}

function checkVerdict(verdict: Verdict, position: number, scale: VerdictScale): string | null {
  if (verdict.label.trim() === '') return `Verdict ${position} needs a label.`
  const name = `“${verdict.label}”`
  if (verdict.label.length > MAX_LABEL)
    return `The label ${name} is longer than ${MAX_LABEL} characters.`
  if (!Colour.safeParse(verdict.colour).success)
    return `The colour of ${name} must be written #rrggbb.`
  if (verdict.value === null) return null
  if (!Number.isInteger(verdict.value))
    return `The value of ${name} must be a whole number, or empty.`
  if (verdict.value > scale.bestValue || verdict.value < scale.worstValue) {
    return `The value of ${name} must be between ${scale.worstValue} and ${scale.bestValue}, or empty.`
  }
  return null
}

function findDuplicateLabel(verdicts: readonly Verdict[]): string | null {
  const seen = new Set<string>()
  for (const { label } of verdicts) {
    const key = label.trim().toLocaleLowerCase()
    if (seen.has(key)) return `Two verdicts are labelled “${label.trim()}”: labels must differ.`
    seen.add(key)
  }
  return null
}

/** Why the scale cannot be saved, in words for the user, or null when it can. */
export function validateScale(scale: VerdictScale): string | null {
  if (scale.verdicts.length === 0) return 'The scale needs at least one verdict.'
  if (scale.verdicts.length > MAX_VERDICTS)
    return `A scale can have at most ${MAX_VERDICTS} verdicts.`
  const problem =
    checkBounds(scale) ??
    scale.verdicts.reduce<string | null>(
      (found, verdict, index) => found ?? checkVerdict(verdict, index + 1, scale),
      null,
    ) ??
    findDuplicateLabel(scale.verdicts)
  if (problem) return problem
  const isUnratedOnScale = scale.verdicts.some((verdict) => verdict.id === scale.unratedId)
  return isUnratedOnScale ? null : 'Choose which verdict means “unrated”.'
}
