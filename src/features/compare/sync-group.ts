// The compare page's videos, played as one. The first column whose video has loaded is the
// clock; while Sync is on the others follow it: they play, pause and seek with it, only the clock
// is heard, and while it plays each follower that drifts more than a frame away is nudged back
// by playing a little faster or slower, or, when far off, moved to the clock's time at once.
// Media elements offer no shared clock (a MediaController was specified once and dropped), so
// this is how players that show several angles keep them together.
import { frameToTime, timeToFrame } from '../../domain/video-frames';

export interface Member {
  id: string;
  element: HTMLVideoElement;
  /** The provider's frame count for this video, when it said. */
  frames: number | undefined;
}

export interface SyncState {
  /** The video that keeps the time; undefined until one has loaded. */
  clock: Member | undefined;
  synced: boolean;
}

/** A follower further than this (seconds) from the clock is moved to its time outright. */
const JUMP_SECONDS = 0.5;
/** How hard a follower leans against its drift: 0.1 s ahead plays at 1 − 0.1 × GAIN. */
const GAIN = 2;
/** The most a follower's rate leans away from the clock's (a quarter faster or slower). */
const MAX_LEAN = 0.25;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** play() rejects when a pause or a new source interrupts it: nothing to tell anyone. */
function play(element: HTMLVideoElement): void {
  element.play().catch(() => undefined);
}

/** Moves `element` to `time`, or to its own end when it is shorter. */
function seek(element: HTMLVideoElement, time: number): void {
  const to = Number.isFinite(element.duration) ? Math.min(time, element.duration) : time;
  if (element.currentTime !== to) element.currentTime = to;
}

export class SyncGroup {
  /** The columns' task ids, in their order: the clock is the first member in it. */
  private readonly order: readonly string[];
  private members: Member[] = [];
  private state: SyncState = { clock: undefined, synced: true };
  private readonly listeners = new Set<() => void>();
  /** The clock's frame rate: a follower may drift one frame from it. */
  private fps = 30;
  private frameRequest: number | undefined;
  private watched: HTMLVideoElement | undefined;

  constructor(order: readonly string[]) {
    this.order = order;
  }

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SyncState => this.state;

  /** A column's video has loaded; the returned function takes it out again. */
  join(id: string, element: HTMLVideoElement, frames: number | undefined): () => void {
    const member: Member = { id, element, frames };
    this.members = [...this.members.filter((each) => each.id !== id), member].sort(
      (a, b) => this.order.indexOf(a.id) - this.order.indexOf(b.id),
    );
    this.changed();
    return () => {
      if (!this.members.includes(member)) return;
      this.members = this.members.filter((each) => each !== member);
      element.playbackRate = element.defaultPlaybackRate;
      this.changed();
    };
  }

  /** The clock's frame rate, once the control bar knows it. */
  setFrameRate(fps: number): void {
    if (fps > 0) this.fps = fps;
  }

  setSynced(synced: boolean): void {
    if (synced === this.state.synced) return;
    this.state = { ...this.state, synced };
    if (synced) {
      this.align();
    } else {
      for (const { element } of this.followers())
        element.playbackRate = element.defaultPlaybackRate;
    }
    this.updateListeners();
    this.notify();
  }

  /** Plays every video, from the start when the clock has reached its end. */
  play(): void {
    const clock = this.state.clock?.element;
    if (!clock) return;
    if (clock.ended || clock.currentTime >= clock.duration) this.seek(0);
    else if (this.state.synced) this.align();
    for (const { element } of this.members) {
      if (element === clock || element.currentTime < element.duration) play(element);
    }
  }

  /**
   * Pauses every video; in sync, all on the clock's frame: a video paused while playing may
   * show the frame after the one its time is in, so the clock is put on its own frame too.
   */
  pause(): void {
    for (const { element } of this.members) element.pause();
    const clock = this.state.clock?.element;
    if (!clock || !this.state.synced) return;
    const frame = timeToFrame(clock.currentTime, this.fps);
    this.seek(frameToTime(frame, this.fps, clock.duration));
  }

  /** Moves every video to `time` (seconds on the clock), playing or not. */
  seek(time: number): void {
    for (const { element } of this.members) seek(element, time);
  }

  /** The page is left: nothing keeps running. */
  stop(): void {
    this.members = [];
    this.changed();
  }

  private followers(): Member[] {
    return this.members.slice(1);
  }

  private changed(): void {
    const clock = this.members[0];
    if (clock !== this.state.clock) this.state = { ...this.state, clock };
    this.updateListeners();
    if (this.state.synced) this.align();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Listens to the clock while in sync: its play and pause carry the followers along. */
  private updateListeners(): void {
    const next = this.state.synced ? this.state.clock?.element : undefined;
    if (next === this.watched) return;
    this.watched?.removeEventListener('play', this.onClockPlay);
    this.watched?.removeEventListener('pause', this.onClockPause);
    this.watched = next;
    next?.addEventListener('play', this.onClockPlay);
    next?.addEventListener('pause', this.onClockPause);
    if (next && !next.paused) this.onClockPlay();
    else this.stopCorrecting();
  }

  private onClockPlay = (): void => {
    if (this.frameRequest === undefined) this.frameRequest = requestAnimationFrame(this.correct);
  };

  private onClockPause = (): void => {
    this.stopCorrecting();
    this.align();
  };

  private stopCorrecting(): void {
    if (this.frameRequest !== undefined) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = undefined;
  }

  /**
   * The followers where the clock is: muted, and at its time and pace. A paused clock's
   * followers pause at its frame; a playing clock's play, and `correct` keeps them close.
   */
  private align(): void {
    const clock = this.state.clock?.element;
    if (!clock) return;
    clock.muted = false;
    for (const { element } of this.followers()) {
      element.muted = true;
      element.playbackRate = clock.playbackRate;
      if (clock.paused) {
        element.pause();
        seek(element, clock.currentTime);
      } else if (clock.currentTime < element.duration) {
        play(element);
      }
    }
  }

  /** Once per animation frame while the clock plays in sync: each follower's drift, undone. */
  private correct = (): void => {
    this.frameRequest = undefined;
    const clock = this.state.clock?.element;
    if (!clock || clock.paused || !this.state.synced) return;
    const now = clock.currentTime;
    const rate = clock.playbackRate;
    for (const { element } of this.followers()) {
      // Still finding its place, not loaded, or shorter than the clock and done: left be.
      if (element.seeking || !(element.duration > now)) continue;
      if (element.paused) play(element);
      const drift = element.currentTime - now;
      let next = element.playbackRate;
      if (Math.abs(drift) > JUMP_SECONDS) {
        element.currentTime = now;
        next = rate;
      } else if (Math.abs(drift) > 1 / this.fps) {
        next = rate * (1 - clamp(drift * GAIN, -MAX_LEAN, MAX_LEAN));
      } else if (Math.abs(drift) < 0.5 / this.fps) {
        next = rate;
      }
      if (Math.abs(next - element.playbackRate) > 1e-3) element.playbackRate = next;
    }
    this.frameRequest = requestAnimationFrame(this.correct);
  };
}
