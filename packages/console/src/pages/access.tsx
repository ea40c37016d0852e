// Orgs and teams: create them, and manage their members (users and apps).
import { type FormEvent, useState } from 'react';
import { api, type Schemas } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import { Empty, ErrorNote, Field, ListState, TextField } from '../ui.tsx';
import { MembersPanel } from './members.tsx';
import { RoleAssignmentsPanel } from './role-assignments.tsx';

export function AccessPage() {
  const { user } = useSession();
  const orgs = useLoad(() => api.GET('/v0/orgs', { params: { query: { per_page: 255 } } }), []);
  const [chosen, setChosen] = useState<string>('');
  const org = orgs.data?.find((candidate) => candidate.uuid === chosen) ?? orgs.data?.[0];
  return (
    <section aria-labelledby="access-title">
      <h1 id="access-title">Orgs and teams</h1>
      {user.admin && (
        <CreateNamed
          label="organisation"
          create={(name) => api.POST('/v0/orgs', { body: { name } })}
          onCreated={() => orgs.reload()}
        />
      )}
      <ListState
        list={orgs}
        what="organisations"
        empty={
          <Empty
            title="You belong to no organisation."
            docs={{ tag: 'access', label: 'Organisations and teams in the API documentation' }}
          >
            An organisation groups people and apps; its teams are given access to projects together, so each
            member reaches them without a grant of their own. An administrator creates organisations and adds
            their first members.
          </Empty>
        }
      >
        {(rows) =>
          org && (
            <>
              <PickNamed label="Organisation" items={rows} value={org.uuid} onChange={setChosen} />
              <MembersPanel owner={{ org: org.uuid }} title={`Members of ${org.name}`} />
              <RoleAssignmentsPanel scope={{ org: org.uuid }} title={`Roles in ${org.name}`} />
              <Teams org={org} />
            </>
          )
        }
      </ListState>
    </section>
  );
}

function Teams({ org }: { org: Schemas['Org'] }) {
  const teams = useLoad(
    () => api.GET('/v0/orgs/{org}/teams', { params: { path: { org: org.uuid }, query: { per_page: 255 } } }),
    [org.uuid],
  );
  const [chosen, setChosen] = useState('');
  const team = teams.data?.find((candidate) => candidate.uuid === chosen) ?? teams.data?.[0];
  return (
    <div>
      <h2>Teams of {org.name}</h2>
      <CreateNamed
        label="team"
        create={(name) =>
          api.POST('/v0/orgs/{org}/teams', { params: { path: { org: org.uuid } }, body: { name } })
        }
        onCreated={() => teams.reload()}
      />
      <ListState
        list={teams}
        what="teams"
        empty={
          <Empty title="No teams.">
            A team is a group inside {org.name} that is given access to projects; its members reach them
            through it.
          </Empty>
        }
      >
        {(rows) =>
          team && (
            <>
              <PickNamed label="Team" items={rows} value={team.uuid} onChange={setChosen} />
              <MembersPanel owner={{ team: team.uuid }} title={`Members of ${team.name}`} />
            </>
          )
        }
      </ListState>
    </div>
  );
}

/** A select of named things (orgs, teams), by UUID. */
function PickNamed(props: {
  label: string;
  items: { uuid: string; name: string; slug: string }[];
  value: string;
  onChange: (uuid: string) => void;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
          {props.items.map((item) => (
            <option key={item.uuid} value={item.uuid}>
              {item.name} ({item.slug})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A one-field form that creates a named thing through `create` (an org, a team, a project). */
export function CreateNamed(props: {
  label: string;
  create: (name: string) => Promise<unknown>;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await props.create(name);
      setName('');
      props.onCreated();
    });
  };
  return (
    <form className="inline" onSubmit={submit}>
      <TextField label={`New ${props.label} name`} required value={name} onChange={setName} />
      <button type="submit" disabled={action.busy}>
        Create {props.label}
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}
