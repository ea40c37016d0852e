// Orgs and teams: create them, and manage their members (users and apps).
import { type FormEvent, useState } from 'react';
import { get, post } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import type { Org, Team } from '../types.ts';
import { Empty, ErrorNote, Field, Loading } from '../ui.tsx';
import { MembersPanel } from './members.tsx';
import { RoleAssignmentsPanel } from './role-assignments.tsx';

export function AccessPage() {
  const { user } = useSession();
  const orgs = useLoad(() => get<Org[]>('/v0/orgs', { per_page: 255 }), []);
  const [chosen, setChosen] = useState<string>('');
  const org = orgs.data?.find((candidate) => candidate.uuid === chosen) ?? orgs.data?.[0];
  return (
    <section aria-labelledby="access-title">
      <h1 id="access-title">Orgs and teams</h1>
      {orgs.loading && <Loading what="organisations" />}
      <ErrorNote error={orgs.error} />
      {user.admin && <CreateNamed label="organisation" path="/v0/orgs" onCreated={() => orgs.reload()} />}
      {orgs.data && orgs.data.length === 0 && (
        <Empty
          title="You belong to no organisation."
          docs={{ tag: 'access', label: 'Organisations and teams in the API documentation' }}
        >
          An organisation groups people and apps; its teams are given access to projects together, so each
          member reaches them without a grant of their own. An administrator creates organisations and adds
          their first members.
        </Empty>
      )}
      {org && orgs.data && (
        <>
          <Field label="Organisation">
            {(id) => (
              <select id={id} value={org.uuid} onChange={(event) => setChosen(event.target.value)}>
                {orgs.data?.map((candidate) => (
                  <option key={candidate.uuid} value={candidate.uuid}>
                    {candidate.name} ({candidate.slug})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <MembersPanel path={`/v0/orgs/${org.uuid}`} title={`Members of ${org.name}`} />
          <RoleAssignmentsPanel path={`/v0/orgs/${org.uuid}/roles`} title={`Roles in ${org.name}`} />
          <Teams org={org} />
        </>
      )}
    </section>
  );
}

function Teams({ org }: { org: Org }) {
  const teams = useLoad(() => get<Team[]>(`/v0/orgs/${org.uuid}/teams`, { per_page: 255 }), [org.uuid]);
  const [chosen, setChosen] = useState('');
  const team = teams.data?.find((candidate) => candidate.uuid === chosen) ?? teams.data?.[0];
  return (
    <div>
      <h2>Teams of {org.name}</h2>
      {teams.loading && <Loading what="teams" />}
      <ErrorNote error={teams.error} />
      <CreateNamed label="team" path={`/v0/orgs/${org.uuid}/teams`} onCreated={() => teams.reload()} />
      {teams.data && teams.data.length === 0 && (
        <Empty title="No teams.">
          A team is a group inside {org.name} that is given access to projects; its members reach them through
          it.
        </Empty>
      )}
      {team && (
        <>
          <Field label="Team">
            {(id) => (
              <select id={id} value={team.uuid} onChange={(event) => setChosen(event.target.value)}>
                {teams.data?.map((candidate) => (
                  <option key={candidate.uuid} value={candidate.uuid}>
                    {candidate.name} ({candidate.slug})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <MembersPanel path={`/v0/teams/${team.uuid}`} title={`Members of ${team.name}`} />
        </>
      )}
    </div>
  );
}

export function CreateNamed(props: { label: string; path: string; extra?: object; onCreated: () => void }) {
  const [name, setName] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await post(props.path, { name, ...props.extra });
      setName('');
      props.onCreated();
    });
  };
  return (
    <form className="inline" onSubmit={submit}>
      <Field label={`New ${props.label} name`}>
        {(id) => <input id={id} required value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <button type="submit" disabled={action.busy}>
        Create {props.label}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}
