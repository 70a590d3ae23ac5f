/** Errors travel as data across every transport, so a caller never has to parse a thrown message. */
export type ErrorCode =
  | 'unknown-call'
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'read-only'
  | 'io-error'
  | 'unsupported'
  | 'forbidden'
  | 'internal'
  /** Background work the user stopped (see `tasks.cancel`). */
  | 'cancelled'

export type Failure = { ok: false; code: ErrorCode; message: string }
export type Success<T> = { ok: true; value: T }
export type Result<T> = Success<T> | Failure

export const success = <T>(value: T): Success<T> => ({ ok: true, value })

export const failure = (code: ErrorCode, message: string): Failure => ({ ok: false, code, message })

/** Thrown by services for an expected, user-facing failure; `dispatch` turns it into a Failure. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
