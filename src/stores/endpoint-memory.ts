// Which Query endpoint answered each task, per base URL, so a reload or another tab asks there at
// once instead of searching again. It is written on every task's first answer (a thousand at
// once after a big paste) and read on every poll, and nothing renders it: a Map in memory,
// written to localStorage at most once a second, and re-read when another tab writes it.
import { asArray, asText, at } from '../lib/json-reader';
import { t } from '../lib/i18n';
import { deviceStorage } from './web-storage';

export const ENDPOINTS_STORAGE_KEY = 'sora-dashboard:endpoints';
const VERSION = 1;
const WRITE_DELAY_MS = 1000;
/** Beyond this many tasks the oldest are forgotten (a forgotten task searches again, once). */
const MAX_ENTRIES = 5000;

function keyOf(baseUrl: string, id: string): string {
  return `${baseUrl}\n${id}`;
}

/** Reads what was stored, keeping only well-formed entries; anything else is no memory. */
export function readStoredEndpoints(text: string | null): Map<string, string> {
  const entries = new Map<string, string>();
  if (!text) return entries;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return entries;
  }
  if (at(parsed, 'version') !== VERSION) return entries;
  for (const entry of asArray(at(parsed, 'entries'))) {
    const key = asText(at(entry, 0));
    const template = asText(at(entry, 1));
    if (key?.includes('\n') && template?.includes('{id}')) entries.set(key, template);
  }
  return entries;
}

class EndpointMemory {
  #entries: Map<string, string> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Loaded on first use, so a page that never polls never reads it. */
  get #map(): Map<string, string> {
    this.#entries ??= readStoredEndpoints(deviceStorage.read(ENDPOINTS_STORAGE_KEY));
    return this.#entries;
  }

  get(baseUrl: string, id: string): string | undefined {
    return this.#map.get(keyOf(baseUrl, id));
  }

  remember(baseUrl: string, id: string, template: string): void {
    const key = keyOf(baseUrl, id);
    const map = this.#map;
    if (map.get(key) === template) return;
    map.delete(key);
    map.set(key, template);
    for (const oldest of map.keys()) {
      if (map.size <= MAX_ENTRIES) break;
      map.delete(oldest);
    }
    this.#scheduleWrite();
  }

  /** Another tab wrote its memory: take what it learnt, keep what this tab learnt since. */
  mergeFromStorage(text: string | null): void {
    const theirs = readStoredEndpoints(text);
    for (const [key, template] of theirs) if (!this.#map.has(key)) this.#map.set(key, template);
  }

  /** Writes now; the page calls this when it is hidden or closing. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#entries) return;
    // Full or disabled storage: the memory lasts for this page, and a reload searches again.
    deviceStorage.write(
      ENDPOINTS_STORAGE_KEY,
      JSON.stringify({ version: VERSION, entries: [...this.#entries] }),
      () => t('which Query endpoint answered each task'),
    );
  }

  /** For tests: forget everything, in memory and stored. */
  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#entries = undefined;
  }

  #scheduleWrite(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
  }
}

export const endpointMemory = new EndpointMemory();
