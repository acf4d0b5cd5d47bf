import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

describe('settings', () => {
  it('starts on the provider and switches to the built-in simulator in one click', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    expect(screen.getByLabelText('Base URL')).toHaveValue('https://api.quickrouter.ai');
    await user.click(screen.getByRole('button', { name: 'Use built-in simulator' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Base URL')).toHaveValue(window.location.origin),
    );
    // No simulator answers on this page's origin: the endpoints stay as they were.
    expect(screen.getByLabelText('Query endpoints')).toHaveValue(
      '/v1/videos/{id}\n/v1/video/query?id={id}\n/v1/video/generations/{id}',
    );
  });

  it('keeps the key for the tab only, unless asked to remember it', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    await user.type(screen.getByLabelText('API key'), 'sk-tab-only');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(sessionStorage.getItem('sora-dashboard:api-key')).toBe('sk-tab-only');
    expect(localStorage.getItem('sora-dashboard:api-key')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    expect(screen.getByText(/anyone using this device profile can read it/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(localStorage.getItem('sora-dashboard:api-key')).toBe('sk-tab-only');
    expect(sessionStorage.getItem('sora-dashboard:api-key')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Forget key' }));
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(localStorage.getItem('sora-dashboard:api-key')).toBeNull();
    expect(sessionStorage.getItem('sora-dashboard:api-key')).toBeNull();
    expect(JSON.stringify({ ...localStorage })).not.toContain('sk-tab-only');
  });

  it('normalises a base URL pasted with /v1 and a trailing slash', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    const base = screen.getByLabelText('Base URL');
    await user.clear(base);
    await user.type(base, 'https://api.example.com/v1/');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(base).toHaveValue('https://api.example.com');
  });

  it('explains each bad input next to its field and saves nothing', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    const base = screen.getByLabelText('Base URL');
    await user.clear(base);
    await user.type(base, 'http://api.example.com');
    await user.type(screen.getByLabelText('X-Forwarded-Host'), 'https://host/path');
    const interval = screen.getByLabelText('Poll interval');
    await user.clear(interval);
    await user.type(interval, '0');
    await user.type(screen.getByLabelText('API key'), 'Bearer sk-x');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      screen.getByText('Nothing was saved: fix the fields marked in red.'),
    ).toBeInTheDocument();
    expect(base).toHaveAccessibleDescription(/must start with https:\/\//);
    expect(base).toHaveAttribute('aria-invalid', 'true');
    // The first wrong field takes the focus, so the keyboard is where the fixing starts.
    expect(base).toHaveFocus();
    expect(screen.getByLabelText('X-Forwarded-Host')).toHaveAccessibleDescription(/host name only/);
    expect(interval).toHaveAccessibleDescription(/from 2 to 600/);
    expect(screen.getByLabelText('API key')).toHaveAccessibleDescription(/without “Bearer”/);
    // Nothing the user typed is lost.
    expect(base).toHaveValue('http://api.example.com');
    expect(localStorage.getItem('sora-dashboard:connection')).toBeNull();
    expect(sessionStorage.getItem('sora-dashboard:api-key')).toBeNull();

    // Fixed in turn, the next wrong field takes the focus on the next Save.
    await user.clear(base);
    await user.type(base, 'https://api.example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('API key')).toHaveFocus();
  });

  it('keeps unsaved changes when the page is left, and offers to discard them', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.type(screen.getByLabelText('X-Forwarded-Host'), 'api.example.com');
    await user.click(within(nav).getByRole('link', { name: 'Tasks' }));
    expect(await screen.findByLabelText('Task IDs')).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(
      await screen.findByText('Changes you made earlier and did not save are filled in below.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('X-Forwarded-Host')).toHaveValue('api.example.com');
    // Not saved until Save is pressed.
    expect(localStorage.getItem('sora-dashboard:connection')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('X-Forwarded-Host')).toHaveValue('');
    expect(screen.queryByText(/did not save are filled in/)).not.toBeInTheDocument();
  });

  it('says so once when the browser will not store the key, and keeps it in the tab', async () => {
    const original = Storage.prototype.setItem;
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key === 'sora-dashboard:api-key') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      original.call(this, key, value);
    });
    try {
      const { user } = renderApp('/settings');
      await screen.findByRole('heading', { name: 'Settings' });
      await user.type(screen.getByLabelText('API key'), 'sk-in-memory');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Saved.')).toBeInTheDocument();
      const note = screen.getByText(/would not store the API key/);
      expect(note).toHaveAttribute('role', 'alert');
      expect(note).toHaveTextContent(/stays in this tab until you close it/);
      expect(screen.getByText(/key set/)).toBeInTheDocument();
      // Saving again does not say it twice.
      await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(screen.getAllByText(/would not store/)).toHaveLength(1);
    } finally {
      setItem.mockRestore();
    }
  });

  it('keeps the unsaved key out of the stored draft', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    await user.type(screen.getByLabelText('API key'), 'sk-typed-not-saved');
    await user.type(screen.getByLabelText('X-Forwarded-Host'), 'api.example.com');
    const stored = sessionStorage.getItem('sora-dashboard:settings-draft') ?? '';
    expect(stored).toContain('api.example.com');
    expect(stored).not.toContain('sk-typed-not-saved');
    // Nowhere else in this tab's storage either, until Save.
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain('sk-typed');
  });

  it('drops a key an older build left in the draft', async () => {
    sessionStorage.setItem(
      'sora-dashboard:settings-draft',
      JSON.stringify({
        baseUrl: 'https://api.example.com',
        apiKey: 'sk-left-behind',
        forwardedHost: '',
        pollInterval: '5',
        maxInFlight: '4',
        requestsPerSecond: '2',
      }),
    );
    renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(sessionStorage.getItem('sora-dashboard:settings-draft') ?? '').not.toContain(
      'sk-left-behind',
    );
  });

  it('forgets the draft once the settings are saved', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    await user.type(screen.getByLabelText('X-Forwarded-Host'), 'api.example.com');
    expect(sessionStorage.getItem('sora-dashboard:settings-draft')).toContain('api.example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sessionStorage.getItem('sora-dashboard:settings-draft')).toBeNull();
  });

  it('lists the default Query endpoints, refuses bad ones with a reason, and saves good ones', async () => {
    const { user } = renderApp('/settings');
    await screen.findByRole('heading', { name: 'Settings' });
    const endpoints = screen.getByLabelText('Query endpoints');
    expect(endpoints).toHaveValue(
      '/v1/videos/{id}\n/v1/video/query?id={id}\n/v1/video/generations/{id}',
    );

    await user.clear(endpoints);
    await user.click(endpoints);
    await user.paste('/v1/videos/{id}\n/api/v1/tasks/\nhttps://evil.example.com/v1/{id}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      screen.getByText('Nothing was saved: fix the fields marked in red.'),
    ).toBeInTheDocument();
    expect(endpoints).toHaveAttribute('aria-invalid', 'true');
    expect(endpoints).toHaveAccessibleDescription(/Line 2 .* has no \{id\}/);
    expect(endpoints).toHaveAccessibleDescription(/Line 3 .* is on another address/);
    expect(localStorage.getItem('sora-dashboard:connection')).toBeNull();

    await user.clear(endpoints);
    await user.click(endpoints);
    await user.paste(
      '/v1/videos/{id}\n\nhttps://api.quickrouter.ai/seedance/api/v3/contents/generations/tasks/{id}',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Saved/)).toBeInTheDocument();
    expect(endpoints).toHaveValue(
      '/v1/videos/{id}\n/seedance/api/v3/contents/generations/tasks/{id}',
    );
    expect(JSON.parse(localStorage.getItem('sora-dashboard:connection') ?? '{}')).toMatchObject({
      state: {
        queryTemplates: ['/v1/videos/{id}', '/seedance/api/v3/contents/generations/tasks/{id}'],
      },
    });

    await user.click(screen.getByRole('button', { name: 'Restore default endpoints' }));
    expect(endpoints).toHaveValue(
      '/v1/videos/{id}\n/v1/video/query?id={id}\n/v1/video/generations/{id}',
    );
  });
});
