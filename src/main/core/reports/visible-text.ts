/** Bidi overrides, isolates and marks reorder what a reader sees without changing what the text says. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const HAS_BIDI_CONTROL = new RegExp(BIDI_CONTROLS.source)

/**
 * Shows hidden direction controls as a visible code (U+202E → ⟨U+202E⟩) in reports meant for people,
 * so a quote cannot display reversed; machine formats keep the exact text their selectors refer to.
 */
export const revealBidiControls = (text: string) =>
  !HAS_BIDI_CONTROL.test(text)
    ? text
    : text.replace(
        BIDI_CONTROLS,
        (char) => `⟨U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
      )
