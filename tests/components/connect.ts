import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Fills the settings form as a person would and saves it. */
export async function connectThroughSettings(
  user: UserEvent,
  {
    baseUrl,
    apiKey = 'sk-component-test',
    poll = '2',
  }: { baseUrl: string; apiKey?: string; poll?: string },
) {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Settings' }));
  const base = await screen.findByLabelText('Base URL');
  await user.clear(base);
  await user.type(base, baseUrl);
  await user.type(screen.getByLabelText('API key'), apiKey);
  const interval = screen.getByLabelText('Poll interval');
  await user.clear(interval);
  await user.type(interval, poll);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Saved.');
}
