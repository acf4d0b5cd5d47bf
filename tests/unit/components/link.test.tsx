import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Link, NavLink } from '../../../src/components/ui/link';

function Where() {
  const location = useLocation();
  return <p aria-label="where">{location.pathname + location.search}</p>;
}

function renderAt(path: string, links: React.ReactNode) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <nav>{links}</nav>
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'active' : 'idle');

describe('Link', () => {
  it('is a real link whose click navigates in the page', async () => {
    renderAt('/', <Link to="/tasks/a%20b?x=1">Task</Link>);
    const link = screen.getByRole('link', { name: 'Task' });
    expect(link).toHaveAttribute('href', '/tasks/a%20b?x=1');
    await userEvent.click(link);
    expect(screen.getByLabelText('where')).toHaveTextContent('/tasks/a%20b?x=1');
  });

  it('leaves a modified click and a new-tab target to the browser', () => {
    renderAt(
      '/',
      <>
        <Link to="/settings">Settings</Link>
        <Link to="/other" target="_blank">
          Elsewhere
        </Link>
      </>,
    );
    // What the browser would see once the page is done with the click (jsdom cannot open it).
    const leftToBrowser: boolean[] = [];
    const browser = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('click', browser);
    fireEvent.click(screen.getByRole('link', { name: 'Settings' }), { ctrlKey: true });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    document.removeEventListener('click', browser);
    expect(leftToBrowser).toEqual([true, true]);
    expect(screen.getByLabelText('where')).toHaveTextContent(/^\/$/);
  });

  it('runs its own click handler first, which may keep the page where it is', async () => {
    const onClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    renderAt(
      '/',
      <Link to="/settings" onClick={onClick}>
        Settings
      </Link>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Settings' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.getByLabelText('where')).toHaveTextContent(/^\/$/);
  });
});

describe('NavLink', () => {
  it('marks the link of the page shown as current, and only that one', () => {
    renderAt(
      '/settings',
      <>
        <NavLink to="/" end className={navClass}>
          Tasks
        </NavLink>
        <NavLink to="/settings" className={navClass}>
          Settings
        </NavLink>
      </>,
    );
    const settings = screen.getByRole('link', { name: 'Settings' });
    expect(settings).toHaveAttribute('aria-current', 'page');
    expect(settings).toHaveClass('active');
    const tasks = screen.getByRole('link', { name: 'Tasks' });
    expect(tasks).not.toHaveAttribute('aria-current');
    expect(tasks).toHaveClass('idle');
  });

  it('without end, is current on the pages below its path too', () => {
    renderAt(
      '/settings/advanced',
      <NavLink to="/settings" className={navClass}>
        Settings
      </NavLink>,
    );
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });
});
