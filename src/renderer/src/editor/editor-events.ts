/** What the article editor's extensions report to React, which subscribes with its current handlers. */
export type EditorEventMap = { activate: string }

type Listener<T> = (detail: T) => void

/** A tiny typed event channel: extensions are created once, handlers change on every render. */
export class EditorEvents {
  private readonly listeners = new Map<keyof EditorEventMap, Set<Listener<never>>>()

  emit<K extends keyof EditorEventMap>(name: K, detail: EditorEventMap[K]): void {
    this.listeners
      .get(name)
      ?.forEach((listener) => (listener as Listener<EditorEventMap[K]>)(detail))
  }

  on<K extends keyof EditorEventMap>(name: K, listener: Listener<EditorEventMap[K]>): () => void {
    const set = this.listeners.get(name) ?? new Set()
    this.listeners.set(name, set)
    set.add(listener)
    return () => void set.delete(listener)
  }
}
