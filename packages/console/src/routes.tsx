// Which page a console path shows; administrators' pages are refused to others before any request.
import { AccessPage } from './pages/access.tsx';
import { AccountPage } from './pages/account.tsx';
import { AdminKeysPage } from './pages/admin-keys.tsx';
import { AdminOffboardingPage } from './pages/admin-offboarding.tsx';
import { AdminPermissionsPage } from './pages/admin-permissions.tsx';
import { AdminResourcesPage } from './pages/admin-resources.tsx';
import { AdminRolesPage } from './pages/admin-roles.tsx';
import { AdminSettingsPage } from './pages/admin-settings.tsx';
import { AdminUsersPage } from './pages/admin-users.tsx';
import { AppDetailPage } from './pages/app-detail.tsx';
import { AppsPage } from './pages/apps.tsx';
import { AuditPage } from './pages/audit.tsx';
import { DevicePage } from './pages/device.tsx';
import { IdentityPage } from './pages/identity.tsx';
import { KeysPage } from './pages/keys.tsx';
import { ProjectsPage } from './pages/projects.tsx';
import { Link, usePath } from './router.tsx';
import { useSession } from './session.ts';

export function Routes() {
  const path = usePath();
  const { user } = useSession();
  if (path === '/' || path === '/keys') return <KeysPage />;
  if (path === '/account') return <AccountPage />;
  if (path === '/projects') return <ProjectsPage />;
  if (path === '/apps') return <AppsPage />;
  if (path.startsWith('/apps/'))
    return <AppDetailPage slug={decodeURIComponent(path.slice('/apps/'.length))} />;
  if (path === '/access') return <AccessPage />;
  if (path === '/device') return <DevicePage />;
  if (path.startsWith('/admin/') && !user.admin) {
    return <NotFound message="This page is for administrators." />;
  }
  if (path === '/admin/users') return <AdminUsersPage />;
  const offboarding = /^\/admin\/users\/([^/]+)\/offboarding$/.exec(path);
  if (offboarding?.[1]) return <AdminOffboardingPage user={decodeURIComponent(offboarding[1])} />;
  if (path === '/admin/keys') return <AdminKeysPage />;
  if (path === '/admin/permissions') return <AdminPermissionsPage />;
  if (path === '/admin/roles') return <AdminRolesPage />;
  if (path === '/admin/settings') return <AdminSettingsPage />;
  if (path === '/admin/identity') return <IdentityPage />;
  if (path === '/admin/resources') return <AdminResourcesPage />;
  if (path === '/admin/audit') return <AuditPage />;
  return <NotFound message="There is no such page." />;
}

function NotFound({ message }: { message: string }) {
  return (
    <section>
      <h1>Not found</h1>
      <p>{message}</p>
      <Link to="/keys">Go to your API keys</Link>
    </section>
  );
}
