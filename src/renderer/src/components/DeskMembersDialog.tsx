import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import type { DeskRole } from '../../../shared/desk-model'
import { messageOf } from '../../../shared/message-of'
import { call } from '../api/client'
import { callKey } from '../data/stale-reads'
import { useCallQuery } from '../data/use-call-query'
import { Dialog } from './Dialog'
import { FormFooter } from './FormFooter'
import '../styles/import.css'

type Props = { open: boolean; onClose: () => void; me: { name: string; role: DeskRole } }

const INVITED_ROLES = ['editor', 'checker', 'viewer'] as const
type InvitedRole = (typeof INVITED_ROLES)[number]

/** Who may invite whom: the owner anyone, an editor checkers and viewers (the server checks too). */
const invitableBy = (role: DeskRole): readonly InvitedRole[] =>
  role === 'owner' ? INVITED_ROLES : role === 'editor' ? ['checker', 'viewer'] : []

function MemberList({ me }: Pick<Props, 'me'>) {
  const members = useCallQuery('desk.members', {})
  const client = useQueryClient()
  const [problem, setProblem] = useState('')
  if (members.status === 'loading') return <p role="status">Asking the desk server…</p>
  if (members.status !== 'ready')
    return (
      <p role="alert" className="field-error">
        {members.message}
      </p>
    )
  const revoke = async (name: string) => {
    setProblem('')
    try {
      client.setQueryData(callKey('desk.members', {}), await call('desk.revoke', { name }))
    } catch (error) {
      setProblem(messageOf(error))
    }
  }
  return (
    <>
      <ul className="desk-members" aria-label="Members">
        {members.value.map((member) => (
          <li key={member.name}>
            <span>
              <strong>{member.name}</strong> · {member.role}
              {member.revokedAt ? ' · revoked' : ''}
            </span>
            {me.role === 'owner' && member.name !== me.name && !member.revokedAt && (
              <button type="button" onClick={() => void revoke(member.name)}>
                Revoke {member.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </>
  )
}

function InviteForm({ roles }: { roles: readonly InvitedRole[] }) {
  const client = useQueryClient()
  const [name, setName] = useState('')
  const [role, setRole] = useState<InvitedRole>(roles.at(-2) ?? roles[0]!)
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState('')
  const invite = async (event: FormEvent) => {
    event.preventDefault()
    setProblem('')
    setCode('')
    try {
      const answer = await call('desk.invite', { name: name.trim(), role })
      setCode(`Invite for ${name.trim()} (${role}): ${answer.code}`)
      setName('')
      await client.invalidateQueries({ queryKey: callKey('desk.members', {}) })
    } catch (error) {
      setProblem(messageOf(error))
    }
  }
  return (
    <form className="import-form" onSubmit={(event) => void invite(event)}>
      <label>
        Invite someone: their name on the desk
        <input type="text" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        As
        <select value={role} onChange={(event) => setRole(event.target.value as InvitedRole)}>
          {roles.map((each) => (
            <option key={each}>{each}</option>
          ))}
        </select>
      </label>
      <FormFooter error={problem} status={code}>
        <button type="submit" className="primary-button" disabled={name.trim() === ''}>
          Make an invite
        </button>
      </FormFooter>
      {code && (
        <p className="dialog-hint">
          Give them the code and the server’s address; it works once, for this name.
        </p>
      )}
    </form>
  )
}

/** The desk's members, as its server lists them; the owner revokes, the owner and editors invite. */
export function DeskMembersDialog({ open, onClose, me }: Props) {
  const roles = invitableBy(me.role)
  return (
    <Dialog open={open} onClose={onClose} title="Team desk members" className="import-dialog">
      <MemberList me={me} />
      {roles.length > 0 && <InviteForm roles={roles} />}
    </Dialog>
  )
}
