import { useId } from 'react';
import type { FrameModeration, Moderation } from '../../../domain/readers/read-moderation';
import { DetailList, yesNo } from '../../../components/ui/detail-list';
import { FrameStrip, type MarkTone, type StripMark } from './frame-strip';
import {
  describeFrame,
  describeVerdict,
  summariseModeration,
  type ModerationTone,
} from './moderation-words';
import { useFrameSeek } from '../video/use-frame-seek';
import { t } from '../../../lib/i18n';

const SUMMARY_TONES: Record<ModerationTone, string> = {
  passed: 'border-emerald-500 bg-emerald-50 text-emerald-950',
  rejected: 'border-rose-500 bg-rose-50 text-rose-950',
  attention: 'border-amber-500 bg-amber-50 text-amber-950',
  unknown: 'border-slate-400 bg-slate-50 text-slate-900',
};

function markTone(frame: FrameModeration): MarkTone {
  if (frame.unsafe === true) return 'unsafe';
  return frame.unsafe === false ? 'safe' : 'unclear';
}

function ModerationStrip({
  frames,
  totalFrames,
  onSeek,
  noVideo,
}: {
  frames: FrameModeration[];
  totalFrames: number;
  onSeek: (frame: number) => void;
  noVideo: string | undefined;
}) {
  const last = totalFrames - 1;
  const marks: StripMark[] = frames.flatMap(({ frame, ...rest }) => {
    if (frame === undefined) return [];
    const described = describeFrame({ frame, ...rest });
    return {
      key: rest.frameIndex,
      frame,
      name:
        frame > last
          ? t("{frame} (past the video's last frame, {last}). Show it in the video", {
              frame: described,
              last,
            })
          : t('{frame}. Show it in the video', { frame: described }),
      tone: markTone({ frame, ...rest }),
      onSelect: () => onSeek(frame),
      disabled: noVideo !== undefined,
    };
  });
  return (
    <FrameStrip
      totalFrames={totalFrames}
      label={t("Moderation results on the video's {count} frames", { count: totalFrames })}
      legend={t(
        'Each mark is a frame the provider judged: red flagged as unsafe, green not flagged, amber unclear. Select a mark to show that frame in the video.',
      )}
      marks={marks}
    />
  );
}

export function ModerationSection({
  moderation,
  totalFrames,
}: {
  moderation: Moderation | undefined;
  /** The video's length in frames (n_frames), when the provider said. */
  totalFrames: number | undefined;
}) {
  const { seek, message, noVideo } = useFrameSeek();
  const messageId = useId();
  if (!moderation) {
    return (
      <section aria-labelledby="moderation-heading" className="card space-y-3">
        <h2 id="moderation-heading" className="text-base font-semibold">
          {t('Moderation')}
        </h2>
        <p className="text-sm text-slate-600">
          {t('The provider has sent no moderation result for this task.')}
        </p>
      </section>
    );
  }
  const summary = summariseModeration(moderation);
  const hasStrip = totalFrames !== undefined && totalFrames > 0;
  const framed = moderation.byFrame.some((frame) => frame.frame !== undefined);
  return (
    <section aria-labelledby="moderation-heading" className="card space-y-3">
      <h2 id="moderation-heading" className="text-base font-semibold">
        {t('Moderation')}
      </h2>
      <div className={`rounded-md border-l-4 px-3 py-2 text-sm ${SUMMARY_TONES[summary.tone]}`}>
        <p className="font-semibold">{summary.headline}</p>
        {summary.facts.length ? <p>{summary.facts.join(' ')}</p> : null}
      </div>
      <DetailList
        entries={[
          {
            term: t('Result (as sent)'),
            value: moderation.type && <code className="font-mono text-xs">{moderation.type}</code>,
          },
          { term: t('Code'), value: moderation.code },
          {
            term: t('Output rejected'),
            value:
              moderation.isOutputRejection === true
                ? t('Yes: the finished video was rejected')
                : yesNo(moderation.isOutputRejection),
          },
          { term: t('Unsafe generations'), value: moderation.unsafeCount },
          { term: t('Needs human review'), value: yesNo(moderation.needsReview) },
        ]}
      />
      {framed && hasStrip ? (
        <ModerationStrip
          frames={moderation.byFrame}
          totalFrames={totalFrames}
          onSeek={seek}
          noVideo={noVideo}
        />
      ) : null}
      {framed && !hasStrip ? (
        <p className="text-sm text-slate-600">
          {t(
            'The provider has not said how many frames the video has (n_frames), so the judged frames are not drawn on a strip of its frames.',
          )}
        </p>
      ) : null}
      <p id={messageId} role="status" className="text-sm text-slate-700">
        {message}
      </p>
      {moderation.byFrame.length ? (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-sm font-medium text-slate-800">
            {t('Results by frame')}
          </caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-4 font-normal">
                {t('Frame')}
              </th>
              <th scope="col" className="py-1 pr-4 font-normal">
                {t('Verdict')}
              </th>
              <th scope="col" className="py-1 font-normal">
                {t('As sent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {moderation.byFrame.map((frame) => (
              <tr key={frame.frameIndex} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-4 tabular-nums">
                  {/* Without a strip, the table is where a frame can be shown. */}
                  {!hasStrip && frame.frame !== undefined ? (
                    <button
                      type="button"
                      className="btn-secondary"
                      aria-label={t('Show frame {frame} in the video', { frame: frame.frame })}
                      onClick={() => frame.frame !== undefined && seek(frame.frame)}
                      disabled={noVideo !== undefined}
                      aria-describedby={noVideo ? messageId : undefined}
                    >
                      {frame.frameIndex}
                    </button>
                  ) : (
                    frame.frameIndex
                  )}
                </td>
                <td className="py-1 pr-4">{describeVerdict(frame)}</td>
                <td className="py-1 font-mono text-xs break-all">{frame.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-slate-600">{t('No per-frame results.')}</p>
      )}
    </section>
  );
}
