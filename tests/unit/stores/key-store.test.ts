import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  currentApiKey,
  keySharing,
  useAskingOtherTabs,
  useKeyActions,
  type KeyChange,
  type KeyStamp,
} from '../../../src/stores/key-store';

const STORAGE_KEY = 'sora-dashboard:api-key';

function actions() {
  return renderHook(() => useKeyActions()).result.current;
}

function saved(apiKey: string, stamp: KeyStamp, remembered = false): KeyChange {
  return { kind: 'saved', apiKey, remembered, stamp };
}

const stored = () => ({
  session: sessionStorage.getItem(STORAGE_KEY),
  local: localStorage.getItem(STORAGE_KEY),
});

describe('the key shared between tabs', () => {
  it('takes a key from another tab as if it had been entered here, not remembered', () => {
    expect(keySharing.held()).toBeUndefined();
    expect(keySharing.receive(saved('sk-shared', { at: 10, tab: 'a' }))).toBe(true);
    expect(currentApiKey()).toBe('sk-shared');
    expect(stored()).toEqual({ session: 'sk-shared', local: null });
    expect(keySharing.held()).toEqual(saved('sk-shared', { at: 10, tab: 'a' }));
  });

  it('forgets everywhere it was kept when another tab forgets', () => {
    const keyActions = actions();
    keyActions.saveKey('sk-mine', true);
    expect(stored()).toEqual({ session: null, local: 'sk-mine' });
    const later = { at: Date.now() + 60_000, tab: 'b' };
    keySharing.receive({ kind: 'forgotten', stamp: later });
    expect(currentApiKey()).toBe('');
    expect(stored()).toEqual({ session: null, local: null });
  });

  // A tab shares its key (stamped 100) while another forgets it (stamped 200): each tab hears
  // the two in its own order.
  const share = saved('sk-old', { at: 100, tab: 'a' });
  const forget: KeyChange = { kind: 'forgotten', stamp: { at: 200, tab: 'b' } };
  it.each([
    ['the share first', [share, forget]],
    ['the forget first', [forget, share]],
  ])('keeps the latest of two crossing changes, hearing %s', (_, changes) => {
    for (const change of changes) keySharing.receive(change);
    expect(currentApiKey()).toBe('');
    expect(stored()).toEqual({ session: null, local: null });
  });

  it('takes one of two answers to an ask, and the later one when they differ', () => {
    expect(keySharing.receive(saved('sk-one', { at: 5, tab: 'a' }))).toBe(true);
    // The same key, passed on by a second tab with the same stamp: nothing new.
    expect(keySharing.receive(saved('sk-one', { at: 5, tab: 'a' }))).toBe(false);
    expect(keySharing.receive(saved('sk-two', { at: 7, tab: 'c' }))).toBe(true);
    expect(keySharing.receive(saved('sk-one', { at: 5, tab: 'a' }))).toBe(false);
    expect(currentApiKey()).toBe('sk-two');
    // Equal times: the tab id decides, the same way in every tab.
    expect(keySharing.receive(saved('sk-three', { at: 7, tab: 'd' }))).toBe(true);
    expect(keySharing.receive(saved('sk-two', { at: 7, tab: 'c' }))).toBe(false);
    expect(currentApiKey()).toBe('sk-three');
  });

  it('makes a key saved here later than any change heard of, even if the clock stepped back', () => {
    const keyActions = actions();
    const heard = { at: Date.now() + 3_600_000, tab: 'zzzz' };
    keySharing.receive(saved('sk-theirs', heard));
    const told: KeyChange[] = [];
    const stop = keySharing.onLocalChange((change) => told.push(change));
    keyActions.saveKey('  sk-mine  ', false);
    stop();
    expect(told).toHaveLength(1);
    const [change] = told;
    expect(change).toMatchObject({ kind: 'saved', apiKey: 'sk-mine', remembered: false });
    expect(change?.stamp.at).toBeGreaterThan(heard.at);
    // The crossing message from the other tab loses.
    expect(keySharing.receive(saved('sk-theirs', heard))).toBe(false);
    expect(currentApiKey()).toBe('sk-mine');
  });

  it('tells the other tabs of a new key and of "Forget key", not of the same key saved again', () => {
    const keyActions = actions();
    const told: KeyChange['kind'][] = [];
    const stop = keySharing.onLocalChange((change) => told.push(change.kind));
    keyActions.saveKey('sk-new', false);
    keyActions.saveKey('sk-new', false);
    keyActions.saveKey('sk-new', true);
    keyActions.saveKey('', false);
    keyActions.forgetKey();
    stop();
    keyActions.saveKey('sk-unheard', false);
    expect(told).toEqual(['saved', 'saved', 'forgotten', 'forgotten']);
  });

  it('does not tell the other tabs what it heard from them', () => {
    const told: KeyChange[] = [];
    const stop = keySharing.onLocalChange((change) => told.push(change));
    keySharing.receive(saved('sk-heard', { at: 3, tab: 'a' }));
    keySharing.receive({ kind: 'forgotten', stamp: { at: 4, tab: 'a' } });
    stop();
    expect(told).toEqual([]);
  });

  it('stops asking the other tabs once one answers', () => {
    const { result: asking } = renderHook(() => useAskingOtherTabs());
    act(() => {
      keySharing.startAsking();
    });
    expect(asking.current).toBe(true);
    act(() => {
      keySharing.receive(saved('sk-answer', { at: 3, tab: 'a' }));
    });
    expect(asking.current).toBe(false);
  });
});
