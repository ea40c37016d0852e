// The projects I can see, my policy on each, and why (the access check's `via`).
import { useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Dialog, Empty, ErrorNote, ListState, Pager, Table } from '../ui.tsx';
import { CreateNamed } from './access.tsx';
import { CollaboratorsDialog } from './collaborators.tsx';
import { RoleAssignmentsPanel } from './role-assignments.tsx';

type Project = Schemas['Project'];
type Via = Schemas['AccessCheck']['via'][number];

const PER_PAGE = 20;

export function ProjectsPage() {
  const [page, setPage] = useState(1);
  const projects = useLoad(
    () => api.GET('/v0/projects', { params: { query: { page, per_page: PER_PAGE } } }),
    [page],
  );
  const [managing, setManaging] = useState<Project | undefined>();
  const [roles, setRoles] = useState<Project | undefined>();
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">Projects</h1>
      <p className="muted">Exactly the projects you can see, with your effective policy on each.</p>
      <CreateNamed
        label="personal project"
        create={(name) => api.POST('/v0/projects', { body: { name } })}
        onCreated={() => projects.reload()}
      />
      <ListState
        list={projects}
        what="projects"
        empty={
          <Empty
            title="You can see no project yet."
            docs={{ tag: 'access', label: 'Projects and access in the API documentation' }}
          >
            A project is what access is given on: its owner, its collaborators, and the organisations and
            teams granted a policy on it reach it. Create a personal project above, or ask to be added to one.
          </Empty>
        }
      >
        {(rows) => (
          <Table caption="Projects">
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Owner</th>
                <th scope="col">My policy</th>
                <th scope="col">Why</th>
                <th scope="col">Collaborators</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((project) => (
                <tr key={project.uuid}>
                  <td>
                    {project.name} <span className="muted">({project.slug})</span>
                  </td>
                  <td>
                    {project.owner.type} {project.owner.slug}
                  </td>
                  <td>{project.policy ?? 'none'}</td>
                  <td>
                    <Why project={project.slug} />
                  </td>
                  <td>
                    {project.policy === 'admin' ? (
                      <button type="button" onClick={() => setManaging(project)}>
                        Manage
                      </button>
                    ) : (
                      <span className="muted">admins only</span>
                    )}
                  </td>
                  <td>
                    <button type="button" onClick={() => setRoles(project)}>
                      Roles
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      <Pager page={page} perPage={PER_PAGE} total={projects.total} onPage={setPage} />
      {managing && <CollaboratorsDialog project={managing} onClose={() => setManaging(undefined)} />}
      {roles && (
        <Dialog title={`Roles on ${roles.name}`} onClose={() => setRoles(undefined)} wide>
          <p className="muted">
            Whoever is given a role here holds its permissions on {roles.name} only.
            {roles.policy !== 'admin' && ' Only the project’s admins assign and remove them.'}
          </p>
          <RoleAssignmentsPanel scope={{ project: roles.uuid }} title={`Roles assigned on ${roles.name}`} />
          <div className="actions">
            <button type="button" onClick={() => setRoles(undefined)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

function Why({ project }: { project: string }) {
  const [via, setVia] = useState<Via[] | undefined>();
  const action = useAction();
  if (via) {
    return (
      <ul className="via">
        {via.map((entry) => (
          <li key={`${entry.kind}-${entry.subject?.uuid ?? ''}`}>
            <strong>{entry.kind}</strong>
            {entry.policy && ` (${entry.policy})`}: {entry.note}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action.run(async () => {
            const data = await ok(api.POST('/v0/access/check', { body: { project, action: 'read' } }));
            setVia(data.via);
          })
        }
      >
        Show why
      </button>
      <ErrorNote error={action.error} />
    </>
  );
}
