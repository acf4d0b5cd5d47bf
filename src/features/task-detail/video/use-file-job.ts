import { useEffect, useRef, useState } from 'react';

export type FileJobState<Outcome> =
  { kind: 'idle' } | { kind: 'busy'; received: number } | { kind: 'done'; outcome: Outcome };

export interface FileJobOptions {
  signal: AbortSignal;
  onProgress: (received: number) => void;
}

/**
 * One fetch of a video file at a time (a download, or keeping it in this browser), with its
 * progress at most once a megabyte; cancelled by `cancel` or when the page is left. A job that
 * rejects (cancelled) goes back to idle: its outcome says every other ending in words.
 */
export function useFileJob<Outcome>() {
  const [state, setState] = useState<FileJobState<Outcome>>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = (run: (options: FileJobOptions) => Promise<Outcome>) => {
    if (state.kind === 'busy') return;
    const current = new AbortController();
    controller.current = current;
    setState({ kind: 'busy', received: 0 });
    let shown = 0;
    run({
      signal: current.signal,
      onProgress: (received) => {
        // One update per megabyte, not one per network chunk.
        if (received - shown < 1024 * 1024) return;
        shown = received;
        setState({ kind: 'busy', received });
      },
    }).then(
      (outcome) => setState({ kind: 'done', outcome }),
      () => setState({ kind: 'idle' }),
    );
  };

  const cancel = () => {
    controller.current?.abort();
    setState({ kind: 'idle' });
  };

  return { state, start, cancel };
}
