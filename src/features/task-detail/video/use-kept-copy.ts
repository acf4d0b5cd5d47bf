import { useEffect, useState } from 'react';
import { keptVideos, type KeptVideo } from '../../../stores/kept-videos';

/**
 * The kept file of `video` as a blob: URL for the player, revoked when it is no longer shown.
 * `reading` while the file is being found; `url` stays undefined when the browser has let the
 * file go (the provider's link plays then).
 */
export function useKeptCopy(video: KeptVideo | undefined): {
  url: string | undefined;
  reading: boolean;
} {
  const [read, setRead] = useState<{ video: KeptVideo; url: string | undefined }>();
  useEffect(() => {
    if (!video) return;
    let url: string | undefined;
    let current = true;
    void keptVideos()
      .file(video)
      .then((blob) => {
        if (!current) return;
        url = blob ? URL.createObjectURL(blob) : undefined;
        setRead({ video, url });
      });
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [video]);
  if (!video) return { url: undefined, reading: false };
  return read?.video === video
    ? { url: read.url, reading: false }
    : { url: undefined, reading: true };
}
