import { z } from 'zod'
import { isWebUrl } from './safe-url'

const URL_PLACEHOLDER = '{url}'
const UNKNOWN_PLACEHOLDER = /\{(?!url\}|timestamp\})[^{}]*\}/

/** The template itself must be a web address: the source's address cannot supply its scheme or host. */
const isWebTemplate = (template: string): boolean =>
  isWebUrl(template.replace(/\{(url|timestamp)\}/g, '$1'))

/** "2026-12-04T13:05:00.000Z" → "20261204130500", the Wayback Machine's 14-digit time. */
export const archiveTimestamp = (isoTime: string): string =>
  new Date(isoTime).toISOString().slice(0, 19).replace(/\D/g, '')

/**
 * Fills a link template. `{url}` after a `?` or `#` is a query value, so the address is
 * percent-encoded; before them it is a path, written as it is, as the Wayback Machine expects
 * (`https://web.archive.org/web/{timestamp}/{url}`).
 * @see https://archive.org/help/wayback_api.php
 */
function fillTemplate(template: string, sourceUrl: string, archivedAt: string): string {
  const queryStart = template.search(/[?#]/)
  return template.replace(/\{(url|timestamp)\}/g, (_placeholder, name: string, offset: number) => {
    if (name === 'timestamp') return archiveTimestamp(archivedAt)
    return queryStart !== -1 && offset > queryStart ? encodeURIComponent(sourceUrl) : sourceUrl
  })
}

/** A workspace's web archive link template; empty offers no link. */
export const WebArchiveTemplate = z
  .string()
  .trim()
  .max(2048, 'The web archive link is longer than 2,048 characters.')
  .refine(
    (template) => template === '' || template.includes(URL_PLACEHOLDER),
    'The web archive link must contain {url}, where the source’s address goes.',
  )
  .refine(
    (template) => !UNKNOWN_PLACEHOLDER.test(template),
    'The web archive link may only use the placeholders {url} and {timestamp}.',
  )
  .refine(
    (template) => template === '' || isWebTemplate(template),
    'The web archive link must start with http:// or https://.',
  )

/** The snapshot's link in a web archive, or null when there is no template or it makes no web address. */
export function webArchiveLink(
  template: string | undefined,
  sourceUrl: string,
  archivedAt: string,
): string | null {
  if (!template || !WebArchiveTemplate.safeParse(template).success) return null
  const link = fillTemplate(template, sourceUrl, archivedAt)
  return isWebUrl(link) ? link : null
}
