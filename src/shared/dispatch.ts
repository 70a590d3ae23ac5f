import { z } from 'zod'
import {
  isCallName,
  contract,
  LOCAL_CONTEXT,
  type CallContext,
  type CallName,
  type Handlers,
  type Out,
} from './contract'
import { failure, success, ServiceError, type Result } from './result'
import { nestingDepth } from './nesting-depth'

/** Far deeper than any real input (notes nest lists a few levels), far below where validating it would exhaust the stack. */
export const MAX_INPUT_DEPTH = 128

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')

/** The one entry point of every transport: validate the input, run the handler, return data. */
export async function dispatch(
  handlers: Partial<Handlers>,
  name: unknown,
  input: unknown,
  context: CallContext = LOCAL_CONTEXT,
): Promise<Result<Out<CallName>>> {
  if (!isCallName(name)) return failure('unknown-call', `There is no call named "${String(name)}".`)
  if (nestingDepth(input, MAX_INPUT_DEPTH) > MAX_INPUT_DEPTH) {
    return failure(
      'invalid-input',
      `${name}: the input nests more than ${MAX_INPUT_DEPTH} levels deep.`,
    )
  }
  const parsed = contract[name].input.safeParse(input ?? {})
  if (!parsed.success) return failure('invalid-input', `${name}: ${describeIssues(parsed.error)}`)
  try {
    const handler = handlers[name] as
      ((input: unknown, context: CallContext) => Promise<Out<CallName>>) | undefined
    if (!handler) return failure('unknown-call', `${name} is not available here.`)
    return success(await handler(parsed.data, context))
  } catch (error) {
    if (error instanceof ServiceError) return failure(error.code, error.message)
    console.error(`[dispatch] ${name} failed`, error)
    return failure('internal', `${name} failed unexpectedly: ${(error as Error)?.message ?? error}`)
  }
}
