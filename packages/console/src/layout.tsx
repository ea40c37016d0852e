// The signed-in frame: a navigation of the pages (administrators see theirs), the user, and sign-out.
// On a phone the navigation folds behind a Menu button and opens as a full list.
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, usePath } from './router.tsx';
import { useSession } from './session.ts';

export interface Page {
  path: string;
  label: string;
  admin?: boolean;
}

export const PAGES: Page[] = [
  { path: '/keys', label: 'API keys' },
  { path: '/account', label: 'Account' },
  { path: '/projects', label: 'Projects' },
  { path: '/apps', label: 'Apps' },
  { path: '/access', label: 'Orgs & teams' },
  { path: '/admin/users', label: 'Users', admin: true },
  { path: '/admin/keys', label: 'All keys', admin: true },
  { path: '/admin/permissions', label: 'Permissions', admin: true },
  { path: '/admin/roles', label: 'Roles', admin: true },
  { path: '/admin/settings', label: 'Site settings', admin: true },
  { path: '/admin/identity', label: 'Identity & signing', admin: true },
  { path: '/admin/resources', label: 'Resource servers', admin: true },
  { path: '/admin/audit', label: 'Audit log', admin: true },
];

export function Layout({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const path = usePath();
  const pages = PAGES.filter((page) => !page.admin || user.admin);
  const current = pages.find((page) => path.startsWith(page.path));
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Page names only: never a key, token or secret in the title.
    document.title = `${current?.label ?? 'Console'} · Latchkey`;
  }, [current]);
  // Following a link closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path changing is what closes it.
  useEffect(() => setMenuOpen(false), [path]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  return (
    <div className="frame">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="console-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <span className="brand">Latchkey</span>
        <span className="who">
          {user.name} <span className="muted">({user.email})</span>
          {user.admin && <span className="badge">admin</span>}
        </span>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <nav
        id="console-nav"
        aria-label="Console"
        className={menuOpen ? 'open' : undefined}
        onKeyDown={closeOnEscape}
      >
        <ul>
          {pages.map((page) => (
            <li key={page.path} className={page.admin ? 'admin' : undefined}>
              <Link to={page.path} current={page === current}>
                {page.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
