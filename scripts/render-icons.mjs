// Renders resources/icon.svg to the PNG sizes electron-builder and Linux desktops use:
// `node scripts/render-icons.mjs`. electron-builder derives .icns and .ico from icon.png.
import { readFile } from 'node:fs/promises'
import { chromium } from '@playwright/test'

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const svg = await readFile('resources/icon.svg', 'utf8')
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    )
    const path = size === 1024 ? 'resources/icon.png' : `resources/icons/${size}x${size}.png`
    await page.screenshot({ path, omitBackground: true })
    await page.close()
  }
  console.log(`Icons written for sizes ${SIZES.join(', ')}`)
} finally {
  await browser.close()
}
