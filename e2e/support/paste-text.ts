import type { Locator } from '@playwright/test'

/** Pastes plain text into an editor as the clipboard would: one paragraph per line. */
export async function pasteText(editor: Locator, text: string): Promise<void> {
  await editor.click()
  await editor.evaluate((element, text) => {
    const data = new DataTransfer()
    data.setData('text/plain', text)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, text)
}
