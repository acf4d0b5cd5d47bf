// Settings → Notifications, as a person uses it: turning it on asks the browser, a refusal is
// explained with how to allow it again, and what was chosen is kept. The browser's Notification
// is a fake whose permission prompt the test answers.
import { act, renderHook, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../../src/lib/i18n';
import { useNotifyActions } from '../../src/stores/notify-store';
import { renderApp } from './render-app';

const KEY = 'sora-dashboard:notify';

/** The browser's permission, and what its prompt answers when asked. */
function fakeBrowser(
  permission: NotificationPermission,
  answer: NotificationPermission = permission,
) {
  const asked: string[] = [];
  const FakeNotification = {
    permission,
    requestPermission: () => {
      asked.push('asked');
      FakeNotification.permission = answer;
      return Promise.resolve(answer);
    },
  };
  vi.stubGlobal('Notification', FakeNotification);
  return asked;
}

/** The Settings page, and its Notifications section to look in. */
async function openNotifications() {
  const { user } = renderApp('/settings');
  const region = await screen.findByRole('region', { name: 'Notifications' });
  return { user, region };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Settings → Notifications', () => {
  it('asks the browser when turned on, and keeps the choice when it is allowed', async () => {
    const asked = fakeBrowser('default', 'granted');
    const { user, region } = await openNotifications();
    const notify = within(region).getByRole('checkbox', { name: 'Notify me when tasks finish' });
    expect(notify).not.toBeChecked();
    expect(notify).toHaveAccessibleDescription(/each at most once every 30 s/);
    const sound = within(region).getByRole('checkbox', { name: 'Play a sound' });
    expect(sound).toBeDisabled();

    await user.click(notify);
    expect(asked).toEqual(['asked']);
    expect(notify).toBeChecked();
    expect(sound).toBeEnabled();
    await user.click(sound);
    expect(sound).toBeChecked();
    expect(stored()).toEqual({ state: { notify: true, sound: true }, version: 1 });
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(notify);
    expect(notify).not.toBeChecked();
    expect(sound).toBeDisabled();
    expect(stored()).toEqual({ state: { notify: false, sound: true }, version: 1 });
  });

  it('says the browser refused, and how to allow it again; it stays off', async () => {
    fakeBrowser('default', 'denied');
    const { user, region } = await openNotifications();
    const notify = within(region).getByRole('checkbox', { name: 'Notify me when tasks finish' });
    await user.click(notify);
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Your browser blocks notifications from this site. To allow them, click the icon at the left of the address bar, set Notifications to Allow, then turn this on again.',
    );
    expect(notify).not.toBeChecked();
    expect(stored()).toMatchObject({ state: { notify: false } });
  });

  it('does not ask again once the browser said no, and says so', async () => {
    const asked = fakeBrowser('denied');
    const { user, region } = await openNotifications();
    await user.click(within(region).getByRole('checkbox', { name: 'Notify me when tasks finish' }));
    expect(asked).toEqual([]);
    expect(within(region).getByRole('alert')).toHaveTextContent(
      /blocks notifications from this site/,
    );
  });

  it('asks again when the prompt was closed without an answer', async () => {
    fakeBrowser('default', 'default');
    const { user, region } = await openNotifications();
    await user.click(within(region).getByRole('checkbox', { name: 'Notify me when tasks finish' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'The browser did not give permission. Turn this on again to be asked once more.',
    );
  });

  it('says when notifications, on before, are no longer allowed', async () => {
    fakeBrowser('denied');
    const { result } = renderHook(() => useNotifyActions());
    act(() => result.current.chooseNotify(true));
    const { region } = await openNotifications();
    expect(
      within(region).getByRole('checkbox', { name: 'Notify me when tasks finish' }),
    ).not.toBeChecked();
    expect(within(region).getByRole('alert')).toHaveTextContent(
      /blocks notifications from this site/,
    );
  });

  it('says when the browser cannot show notifications at all', async () => {
    const { user, region } = await openNotifications();
    await user.click(within(region).getByRole('checkbox', { name: 'Notify me when tasks finish' }));
    expect(within(region).getByRole('alert')).toHaveTextContent(
      'This browser cannot show notifications.',
    );
    expect(stored()).toBeNull();
  });
});

describe('Settings → Notifications in Chinese', () => {
  beforeEach(() => activateLocale('zh-CN', ['zh-CN']));
  afterEach(() => activateLocale('en'));

  it('names everything, and explains a refusal, in Chinese', async () => {
    fakeBrowser('default', 'denied');
    const view = renderApp('/settings');
    const region = await screen.findByRole('region', { name: '通知' });
    const notify = within(region).getByRole('checkbox', { name: '任务结束时通知我' });
    expect(notify).toHaveAccessibleDescription(/每个任务至多每 30 秒一次/);
    expect(within(region).getByRole('checkbox', { name: '播放提示音' })).toBeDisabled();
    await view.user.click(notify);
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      '浏览器已阻止本站的通知。如需允许：点击地址栏左侧的图标，将“通知”设为“允许”，然后重新开启此项。',
    );
  });
});
