// Settings → Notifications: be told when tasks finish, and hear it. Applied at once (no Save):
// turning it on asks the browser's permission there and then, as a reply to the click.
import { useEffect, useId, useState } from 'react';
import { HIDDEN_FLOOR_MS } from '../../domain/hidden-polling';
import { playChime } from '../../lib/chime';
import { t } from '../../lib/i18n';
import { useNotifyActions, useNotifyOn, useSoundOn } from '../../stores/notify-store';
import { CheckboxRow } from './settings-fields';

type Permission = NotificationPermission | 'unsupported';

const permissionNow = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** The browser's permission, followed as it changes (the person may allow it in the site's settings). */
function usePermission(): [Permission, () => void] {
  const [permission, setPermission] = useState(permissionNow);
  useEffect(() => {
    if (!('permissions' in navigator)) return undefined;
    let status: PermissionStatus | undefined;
    let live = true;
    const update = () => setPermission(permissionNow());
    navigator.permissions.query({ name: 'notifications' }).then(
      (found) => {
        if (!live) return;
        status = found;
        found.addEventListener('change', update);
      },
      () => undefined, // a browser that cannot say: the page reads it again after each request
    );
    return () => {
      live = false;
      status?.removeEventListener('change', update);
    };
  }, []);
  return [permission, () => setPermission(permissionNow())];
}

const words = () => ({
  blocked: t(
    'Your browser blocks notifications from this site. To allow them, click the icon at the left of the address bar, set Notifications to Allow, then turn this on again.',
  ),
  notAsked: t('The browser did not give permission. Turn this on again to be asked once more.'),
  unsupported: t('This browser cannot show notifications.'),
});

export function NotificationSettings() {
  const uid = useId();
  const notify = useNotifyOn();
  const sound = useSoundOn();
  const { chooseNotify, chooseSound } = useNotifyActions();
  const [permission, readPermission] = usePermission();
  const [refusal, setRefusal] = useState<keyof ReturnType<typeof words>>();
  const on = notify && permission === 'granted';
  // Turned on earlier, but the browser no longer allows it: say so, without being asked.
  const shown = refusal ?? (notify && permission === 'denied' ? 'blocked' : undefined);

  const turn = async (wanted: boolean) => {
    setRefusal(undefined);
    if (!wanted) {
      chooseNotify(false);
      return;
    }
    if (permission === 'unsupported') {
      setRefusal('unsupported');
      return;
    }
    const answer =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission;
    readPermission();
    chooseNotify(answer === 'granted');
    if (answer === 'denied') setRefusal('blocked');
    else if (answer !== 'granted') setRefusal('notAsked');
  };

  return (
    <section aria-labelledby={`${uid}-heading`} className="card space-y-4">
      <h2 id={`${uid}-heading`} className="text-base font-semibold">
        {t('Notifications')}
      </h2>
      <CheckboxRow
        id={`${uid}-notify`}
        label={t('Notify me when tasks finish')}
        checked={on}
        onChange={(checked) => void turn(checked)}
        hint={t(
          'A browser notification when a task, or a whole batch, finishes or fails. While this is on, the tab that checks your tasks keeps checking them when it is hidden, each at most once every {seconds} s.',
          { seconds: HIDDEN_FLOOR_MS / 1000 },
        )}
      />
      <CheckboxRow
        id={`${uid}-sound`}
        label={t('Play a sound')}
        checked={on && sound}
        disabled={!on}
        onChange={(checked) => {
          chooseSound(checked);
          // What it sounds like, now; and a page that played a sound may play the next one.
          if (checked) playChime(true);
        }}
        hint={t('A short chime with each notification.')}
      />
      {/* An alert: the browser's refusal is said at once, where the switch is. */}
      {shown ? (
        <p role="alert" className="text-sm text-amber-800">
          {words()[shown]}
        </p>
      ) : null}
    </section>
  );
}
