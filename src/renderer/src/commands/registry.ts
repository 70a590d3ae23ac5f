import { COMMANDS, type CommandId } from '../../../shared/commands'

export type CommandHandler = { run: () => void; isEnabled: boolean }

/** Holds the handler each mounted part of the desk offers for a command; the latest one wins. */
export class CommandRegistry {
  private readonly handlers = new Map<CommandId, CommandHandler[]>()
  private readonly listeners = new Set<() => void>()
  private version = 0

  register(id: CommandId, handler: CommandHandler): () => void {
    this.handlers.set(id, [...(this.handlers.get(id) ?? []), handler])
    this.changed()
    return () => {
      this.handlers.set(
        id,
        (this.handlers.get(id) ?? []).filter((entry) => entry !== handler),
      )
      this.changed()
    }
  }

  handlerFor(id: CommandId): CommandHandler | undefined {
    return this.handlers.get(id)?.at(-1)
  }

  /** Runs a command if some part of the desk offers it and it is enabled; says whether it ran. */
  run(id: CommandId): boolean {
    const handler = this.handlerFor(id)
    if (!handler?.isEnabled) return false
    handler.run()
    return true
  }

  /** The commands that can run right now, in the table's order. */
  enabledIds(): CommandId[] {
    return COMMANDS.filter((command) => this.handlerFor(command.id)?.isEnabled).map(
      (command) => command.id,
    )
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  getVersion = () => this.version

  private changed() {
    this.version += 1
    this.listeners.forEach((listener) => listener())
  }
}
