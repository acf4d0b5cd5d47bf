import { useId } from 'react';
import type { FrameModeration, Moderation } from '../../../domain/readers/read-moderation';
import { DetailList, yesNo } from '../detail-list';
import { FrameStrip, type MarkTone, type StripMark } from './frame-strip';
import {
  describeFrame,
  describeVerdict,
  summariseModeration,
  type ModerationTone,
} from './moderation-words';
import { useFrameSeek } from '../video/use-frame-seek';

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
    const past = frame > last ? ` (past the video's last frame, ${last})` : '';
    return {
      key: rest.frameIndex,
      frame,
      name: `${describeFrame({ frame, ...rest })}${past}. Show it in the video`,
      tone: markTone({ frame, ...rest }),
      onSelect: () => onSeek(frame),
      disabled: noVideo !== undefined,
    };
  });
  return (
    <FrameStrip
      totalFrames={totalFrames}
      label={`Moderation results on the video's ${totalFrames} frames`}
      legend="Each mark is a frame the provider judged: red flagged as unsafe, green not flagged, amber unclear. Select a mark to show that frame in the video."
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
          Moderation
        </h2>
        <p className="text-sm text-slate-600">
          The provider has sent no moderation result for this task.
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
        Moderation
      </h2>
      <div className={`rounded-md border-l-4 px-3 py-2 text-sm ${SUMMARY_TONES[summary.tone]}`}>
        <p className="font-semibold">{summary.headline}</p>
        {summary.facts.length ? <p>{summary.facts.join(' ')}</p> : null}
      </div>
      <DetailList
        entries={[
          {
            term: 'Result (as sent)',
            value: moderation.type && <code className="font-mono text-xs">{moderation.type}</code>,
          },
          { term: 'Code', value: moderation.code },
          {
            term: 'Output rejected',
            value:
              moderation.isOutputRejection === true
                ? 'Yes: the finished video was rejected'
                : yesNo(moderation.isOutputRejection),
          },
          { term: 'Unsafe generations', value: moderation.unsafeCount },
          { term: 'Needs human review', value: yesNo(moderation.needsReview) },
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
          The provider has not said how many frames the video has (n_frames), so the judged frames
          are not drawn on a strip of its frames.
        </p>
      ) : null}
      <p id={messageId} role="status" className="text-sm text-slate-700">
        {message}
      </p>
      {moderation.byFrame.length ? (
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left text-sm font-medium text-slate-800">
            Results by frame
          </caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-1 pr-4 font-normal">
                Frame
              </th>
              <th scope="col" className="py-1 pr-4 font-normal">
                Verdict
              </th>
              <th scope="col" className="py-1 font-normal">
                As sent
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
                      aria-label={`Show frame ${frame.frame} in the video`}
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
        <p className="text-sm text-slate-600">No per-frame results.</p>
      )}
    </section>
  );
}
