const everyCache = new Set<WrittenSections>()

/**
 * What report sections were written as, by each section's key, least recently used first and
 * bounded in characters: exporting again writes only the sections that changed.
 */
export class WrittenSections {
  private readonly byKey = new Map<string, string>()
  private chars = 0

  constructor(private readonly maxChars: number) {
    everyCache.add(this)
  }

  get(key: string): string | undefined {
    const written = this.byKey.get(key)
    if (written !== undefined) {
      this.byKey.delete(key)
      this.byKey.set(key, written)
    }
    return written
  }

  set(key: string, written: string): void {
    this.byKey.set(key, written)
    this.chars += key.length + written.length
    for (const [oldKey, oldWritten] of this.byKey) {
      if (this.chars <= this.maxChars) break
      this.byKey.delete(oldKey)
      this.chars -= oldKey.length + oldWritten.length
    }
  }

  clear(): void {
    this.byKey.clear()
    this.chars = 0
  }
}

/** Forgets every written section, so the next export pays for all of them (the bench's cold figure). */
export function forgetWrittenSections(): void {
  for (const cache of everyCache) cache.clear()
}
