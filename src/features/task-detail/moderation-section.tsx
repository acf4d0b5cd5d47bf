import type { Moderation } from '../../api/task-model';
import { DetailList, yesNo } from './detail-list';

export function ModerationSection({ moderation }: { moderation: Moderation | undefined }) {
  return (
    <section aria-labelledby="moderation-heading" className="card space-y-3">
      <h2 id="moderation-heading" className="text-base font-semibold">
        Moderation
      </h2>
      {!moderation ? (
        <p className="text-sm text-slate-600">
          The provider has sent no moderation result for this task.
        </p>
      ) : (
        <>
          <DetailList
            entries={[
              { term: 'Result', value: moderation.type },
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
                  <th scope="col" className="py-1 font-normal">
                    Verdict
                  </th>
                </tr>
              </thead>
              <tbody>
                {moderation.byFrame.map((frame) => (
                  <tr key={frame.frameIndex} className="border-t border-slate-100">
                    <td className="py-1 pr-4 tabular-nums">{frame.frameIndex}</td>
                    <td className="py-1 font-mono text-xs break-all">{frame.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="text-sm text-slate-600">No per-frame results.</p>
          )}
        </>
      )}
    </section>
  );
}
