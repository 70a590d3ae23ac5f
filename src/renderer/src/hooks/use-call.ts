import { useEffect, useState } from 'react'
import { call } from '../api/client'
import type { CallName, In, Out } from '../../../shared/contract'

export type CallState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string }

/** Runs a read-only call whenever its input or `revision` changes; a `null` input means "nothing to load yet". */
export function useCall<N extends CallName>(
  name: N,
  input: In<N> | null,
  revision = 0,
): CallState<Out<N>> {
  const [state, setState] = useState<CallState<Out<N>>>({ status: 'loading' })
  const inputKey = input === null ? null : JSON.stringify(input)

  useEffect(() => {
    if (inputKey === null) return
    let isCurrent = true
    call(name, JSON.parse(inputKey) as In<N>).then(
      (value) => isCurrent && setState({ status: 'ready', value }),
      (error: Error) => isCurrent && setState({ status: 'failed', message: error.message }),
    )
    return () => {
      isCurrent = false
    }
  }, [name, inputKey, revision])

  return state
}
