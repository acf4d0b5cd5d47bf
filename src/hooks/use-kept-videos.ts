import { useSyncExternalStore } from 'react';
import { keptVideoKey } from '../api/keep-video';
import type { Connection } from '../api/http-client';
import { keptVideos, keptVideoId, type KeptSnapshot, type KeptVideo } from '../stores/kept-videos';

/** The videos kept in this browser, read once and kept current (also by other tabs' changes). */
export function useKeptVideos(): KeptSnapshot {
  const store = keptVideos();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The kept video of one task at the connected provider, once the records have been read. */
export function useKeptVideo(
  connection: Connection,
  id: string,
): { status: KeptSnapshot['status']; video: KeptVideo | undefined } {
  const { status, videos } = useKeptVideos();
  const key = keptVideoId(keptVideoKey(connection, id));
  return { status, video: videos.find((video) => video.key === key) };
}
