import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar, progressTone } from '../../../src/components/ui/progress-bar';

describe('the progress bar', () => {
  it('says it does not know while work goes on, and has no value to make up', () => {
    render(<ProgressBar value={undefined} label="Progress of a" tone="active" />);
    const bar = screen.getByRole('progressbar', { name: 'Progress of a' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', 'Progress unknown');
  });

  it('stands still for a task that ended without progress (cancelled, expired)', () => {
    render(<ProgressBar value={undefined} label="Progress of b" tone={progressTone('expired')} />);
    const bar = screen.getByRole('progressbar', { name: 'Progress of b' });
    expect(bar).toHaveAttribute('aria-valuetext', 'No progress');
    expect(bar).toBeEmptyDOMElement();
  });

  it('gives each kind of ending its own tone', () => {
    expect(progressTone('succeeded')).toBe('done');
    expect(progressTone('failed')).toBe('failed');
    expect(progressTone('not-found')).toBe('failed');
    expect(progressTone('cancelled')).toBe('ended');
    expect(progressTone('expired')).toBe('ended');
    expect(progressTone('running')).toBe('active');
    expect(progressTone('loading')).toBe('active');
  });
});
