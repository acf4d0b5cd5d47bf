import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichText } from '../../../src/components/ui/rich-text';
import { activateLocale, formatNumber } from '../../../src/lib/i18n';

afterEach(() => activateLocale('en'));

const parts = {
  link: (text: string) => <a href="/settings">{text}</a>,
  b: (text: string) => <strong>{text}</strong>,
};

describe('RichText', () => {
  it('makes the tagged words elements, in the message’s order, with values filled', () => {
    render(
      <p data-testid="message">
        <RichText
          message="Turn on <b>the proxy</b> in <link>Settings</link> for {id}."
          parts={parts}
          values={{ id: 'task_1' }}
        />
      </p>,
    );
    expect(screen.getByTestId('message')).toHaveTextContent(
      'Turn on the proxy in Settings for task_1.',
    );
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByText('the proxy', { selector: 'strong' })).toBeInTheDocument();
  });

  it('never makes an element of a value, however it looks', () => {
    render(
      <p>
        <RichText message="Task {id} failed." parts={parts} values={{ id: '<link>x</link>' }} />
      </p>,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Task <link>x</link> failed.')).toBeInTheDocument();
  });

  it('renders the translation with its own order of parts', async () => {
    await activateLocale('zh-CN');
    expect(formatNumber(1234)).toBe('1,234');
    render(
      <p>
        <RichText message="Skip to content" parts={parts} />
      </p>,
    );
    expect(screen.getByText('跳到主要内容')).toBeInTheDocument();
  });
});
