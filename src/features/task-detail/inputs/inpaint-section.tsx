import { useId } from 'react';
import type { InpaintItem } from '../../../domain/readers/read-inpaint';
import { CropOverlay } from './crop-overlay';
import { DetailList } from '../../../components/ui/detail-list';
import { FrameStrip, type StripSpan, type StripTick } from './frame-strip';
import { useFrameSeek } from '../video/use-frame-seek';
import { t } from '../../../lib/i18n';

function frameRange(item: InpaintItem): string | undefined {
  if (item.sourceStartFrame === undefined && item.sourceEndFrame === undefined) return undefined;
  return `${item.sourceStartFrame ?? '?'} – ${item.sourceEndFrame ?? '?'}`;
}

/** The frame an item is placed at: its frame_index, else the start of its source frames. */
function placedAt(item: InpaintItem): number | undefined {
  return item.frameIndex ?? item.sourceStartFrame;
}

function InpaintStrip({ items, totalFrames }: { items: InpaintItem[]; totalFrames: number }) {
  const spans: StripSpan[] = [];
  const ticks: StripTick[] = [];
  const pastTheEnd: string[] = [];
  items.forEach((item, index) => {
    const number = index + 1;
    const start = item.sourceStartFrame ?? item.sourceEndFrame;
    const end = item.sourceEndFrame ?? item.sourceStartFrame;
    if (start !== undefined && end !== undefined) {
      spans.push({ key: `span-${index}`, start: Math.min(start, end), end: Math.max(start, end) });
    }
    const frame = placedAt(item);
    if (frame !== undefined) ticks.push({ key: `tick-${index}`, frame, label: String(number) });
    const furthest = Math.max(frame ?? 0, start ?? 0, end ?? 0);
    if (furthest > totalFrames - 1) {
      pastTheEnd.push(
        t("Item {number} reaches frame {frame}, past the video's last frame ({last}).", {
          number,
          frame: furthest,
          last: totalFrames - 1,
        }),
      );
    }
  });
  return (
    <FrameStrip
      totalFrames={totalFrames}
      label={t("Inpaint items on the video's {count} frames", { count: totalFrames })}
      legend={[
        t(
          'Bars: the source frames each item covers. Lines: the frame each item is placed at, labelled with its number.',
        ),
        ...pastTheEnd,
      ].join(' ')}
      spans={spans}
      ticks={ticks}
    />
  );
}

export function InpaintSection({
  items,
  totalFrames,
}: {
  items: InpaintItem[];
  /** The video's length in frames (n_frames), when the provider said. */
  totalFrames: number | undefined;
}) {
  const { seek, message, noVideo } = useFrameSeek();
  const messageId = useId();
  return (
    <section aria-labelledby="inpaint-heading" className="card space-y-3">
      <h2 id="inpaint-heading" className="text-base font-semibold">
        {t('Inpaint items')}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t('This task has no inpaint items.')}</p>
      ) : (
        <>
          {totalFrames && totalFrames > 0 ? (
            <InpaintStrip items={items} totalFrames={totalFrames} />
          ) : (
            <p className="text-sm text-slate-600">
              {t(
                'The provider has not said how many frames the video has (n_frames), so the items are not drawn on a strip of its frames.',
              )}
            </p>
          )}
          <p id={messageId} role="status" className="text-sm text-slate-700">
            {message}
          </p>
          <ol className="space-y-3">
            {items.map((item, index) => {
              const frame = placedAt(item);
              return (
                <li
                  key={`${item.uploadMediaId ?? ''}-${index}`}
                  aria-label={t('Inpaint item {number}', { number: index + 1 })}
                  className="flex flex-wrap gap-4 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
                >
                  <CropOverlay
                    imageUrl={item.imageUrl}
                    alt={t('Input {number}, used by inpaint item {number}', { number: index + 1 })}
                    cropBounds={item.cropBounds}
                  />
                  {/* Beside the picture where both fit, under it on a phone. */}
                  <div className="min-w-0 flex-1 basis-56 space-y-3">
                    <DetailList
                      entries={[
                        { term: t('Type'), value: item.type },
                        { term: t('Frame index'), value: item.frameIndex },
                        { term: t('Source frames'), value: frameRange(item) },
                        {
                          term: t('Crop bounds'),
                          value: item.cropBounds ? (
                            <code className="font-mono text-xs">{item.cropBounds.text}</code>
                          ) : (
                            t('None (whole image)')
                          ),
                        },
                        {
                          term: t('Upload media id'),
                          value: item.uploadMediaId && (
                            <code className="font-mono text-xs">{item.uploadMediaId}</code>
                          ),
                        },
                        { term: t('Uploaded file id'), value: item.uploadedFileId },
                        { term: t('Generation id'), value: item.generationId },
                        { term: t('Cameo file id'), value: item.cameoFileId },
                        { term: t('Preset id'), value: item.presetId },
                      ]}
                    />
                    {frame !== undefined ? (
                      <button
                        type="button"
                        className="btn-secondary"
                        onClick={() => seek(frame)}
                        disabled={noVideo !== undefined}
                        aria-describedby={noVideo ? messageId : undefined}
                      >
                        {t('Show frame {frame} in the video', { frame })}
                      </button>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
