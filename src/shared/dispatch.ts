import { z } from 'zod'
import { isCallName, contract, type CallName, type Handlers, type Out } from './contract'
import { failure, success, ServiceError, type Result } from './result'

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')

/** The one entry point of every transport: validate the input, run the handler, return data. */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
): Promise<Result<Out<CallName>>> {
  if (!isCallName(name)) return failure('unknown-call', `There is no call named "${String(name)}".`)
  const parsed = contract[name].input.safeParse(input ?? {})
  if (!parsed.success) return failure('invalid-input', `${name}: ${describeIssues(parsed.error)}`)
  try {
    const handler = handlers[name] as (input: unknown) => Promise<Out<CallName>>
    return success(await handler(parsed.data))
  } catch (error) {
    if (error instanceof ServiceError) return failure(error.code, error.message)
    console.error(`[dispatch] ${name} failed`, error)
    return failure('internal', `${name} failed unexpectedly: ${(error as Error)?.message ?? error}`)
  }
}
