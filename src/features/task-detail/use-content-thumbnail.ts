import { useEffect, useState } from 'react';
import { apiGet, taskContentUrl, type Connection } from '../../api/http-client';
import { readBodyLimited } from '../../lib/limited-body';

const MAX_THUMBNAIL_BYTES = 16 * 1024 * 1024;

/**
 * The official shape's thumbnail (`/content?variant=thumbnail`, which needs the key) as a blob
 * URL, revoked when the page is left. Undefined while loading or when there is none: a
 * missing thumbnail is not worth an error.
 */
export function useContentThumbnail(connection: Connection, id: string): string | undefined {
  const [thumbnail, setThumbnail] = useState<{ id: string; url: string } | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | undefined;
    const load = async () => {
      const response = await apiGet(connection, taskContentUrl(connection, id, 'thumbnail'), {
        signal: controller.signal,
      });
      if (!(response.headers.get('content-type') ?? '').startsWith('image/')) {
        await response.body?.cancel();
        return;
      }
      const blob = await readBodyLimited(response, MAX_THUMBNAIL_BYTES);
      if (controller.signal.aborted) return;
      objectUrl = URL.createObjectURL(blob);
      setThumbnail({ id, url: objectUrl });
    };
    load().catch(() => undefined);
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [connection, id]);
  return thumbnail?.id === id ? thumbnail.url : undefined;
}
