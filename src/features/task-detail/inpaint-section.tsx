import type { InpaintItem } from '../../api/task-model';
import { DetailList } from './detail-list';

function frameRange(item: InpaintItem): string | undefined {
  if (item.sourceStartFrame === undefined && item.sourceEndFrame === undefined) return undefined;
  return `${item.sourceStartFrame ?? '?'} – ${item.sourceEndFrame ?? '?'}`;
}

export function InpaintSection({ items }: { items: InpaintItem[] }) {
  return (
    <section aria-labelledby="inpaint-heading" className="card space-y-3">
      <h2 id="inpaint-heading" className="text-base font-semibold">
        Inpaint items
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">This task has no inpaint items.</p>
      ) : (
        <ol className="space-y-3">
          {items.map((item, index) => (
            <li
              key={`${item.uploadMediaId ?? ''}-${index}`}
              aria-label={`Inpaint item ${index + 1}`}
              className="flex flex-wrap gap-4 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
            >
              <figure className="w-28 shrink-0 space-y-1">
                {item.imageUrl ? (
                  <img
                    src={item.imageUrl}
                    alt={`Input ${index + 1}, used by inpaint item ${index + 1}`}
                    className="w-28 rounded ring-1 ring-slate-200"
                    referrerPolicy="no-referrer"
                  />
                ) : (
                  <div className="flex h-32 w-28 items-center justify-center rounded bg-slate-200 text-xs text-slate-600">
                    No image
                  </div>
                )}
                <figcaption className="text-xs text-slate-500">
                  {item.imageUrl
                    ? `Input image ${index + 1} (matched by position)`
                    : 'No input image at this position'}
                </figcaption>
              </figure>
              <div className="min-w-0 flex-1">
                <DetailList
                  entries={[
                    { term: 'Type', value: item.type },
                    { term: 'Frame index', value: item.frameIndex },
                    { term: 'Source frames', value: frameRange(item) },
                    {
                      term: 'Crop bounds',
                      value: item.cropBounds ? (
                        <code className="font-mono text-xs">{item.cropBounds.text}</code>
                      ) : (
                        'None (whole image)'
                      ),
                    },
                    {
                      term: 'Upload media id',
                      value: item.uploadMediaId && (
                        <code className="font-mono text-xs">{item.uploadMediaId}</code>
                      ),
                    },
                    { term: 'Uploaded file id', value: item.uploadedFileId },
                    { term: 'Generation id', value: item.generationId },
                    { term: 'Cameo file id', value: item.cameoFileId },
                    { term: 'Preset id', value: item.presetId },
                  ]}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
