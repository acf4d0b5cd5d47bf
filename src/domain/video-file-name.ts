import type { Task } from './task-model';

const MAX_SLUG_LENGTH = 40;

/**
 * The first words of a text as a file-name slug: lower case, accents dropped, anything that is
 * not a letter or digit (in any script) turned into single hyphens, cut at a word boundary.
 */
export function slugOf(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH)
      return slug || Array.from(word).slice(0, MAX_SLUG_LENGTH).join('');
    slug = next;
  }
  return slug;
}

/** `sora-2_task_abc-a-paper-boat-drifting.mp4`: the task id, then the prompt's first words. */
export function videoFileName(task: Pick<Task, 'id' | 'prompt'>): string {
  const id = task.id.replace(/[^A-Za-z0-9_-]+/g, '_');
  const slug = task.prompt ? slugOf(task.prompt) : '';
  return `${id}${slug ? `-${slug}` : ''}.mp4`;
}

/**
 * The same names, each made unique in order: a later duplicate gets `-2`, `-3`… before its
 * extension. Compared without case, because the file systems most ZIPs are opened on (Windows,
 * macOS) would put two names that differ only in case in one file.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
      candidate = `${stem}-${copy}${extension}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
