import { useEffect, useState } from 'react';
import { fetchContentThumbnail } from '../api/get-task-content';
import type { Connection } from '../api/http-client';

/**
 * The official shape's thumbnail (it needs the key) as a blob URL, revoked when the page is
 * left. Undefined while loading, when there is none, or when `id` is undefined (a source with
 * no keyed thumbnail): a missing thumbnail is not worth an error.
 */
export function useContentThumbnail(
  connection: Connection,
  id: string | undefined,
): string | undefined {
  const [thumbnail, setThumbnail] = useState<{ id: string; url: string } | undefined>(undefined);
  useEffect(() => {
    if (id === undefined) return;
    const controller = new AbortController();
    let objectUrl: string | undefined;
    fetchContentThumbnail(connection, id, controller.signal).then(
      (blob) => {
        if (!blob || controller.signal.aborted) return;
        objectUrl = URL.createObjectURL(blob);
        setThumbnail({ id, url: objectUrl });
      },
      () => undefined,
    );
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [connection, id]);
  return thumbnail !== undefined && thumbnail.id === id ? thumbnail.url : undefined;
}
