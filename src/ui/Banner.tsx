import { useState } from 'preact/hooks';
import type { ThreadVerdict } from '../scorer/protocol.ts';
import { isOpening, OPENING_WHAT_TO_DO, TIMELINE, WHAT_TO_DO, WHERE_TO_REPORT } from './advice.ts';
import { trusted } from './trusted.ts';

const REASONS_SHOWN = 6;

export interface BannerProps {
  verdict: ThreadVerdict;
  /** Open "Why?" from the start (a badge's "Why?" was pressed). */
  initiallyOpen?: 'why' | null;
  /** The user had marked this conversation "not a scam"; it has since reached a more serious step. */
  escalation?: { since: number; stage: string } | null;
  onNotScam: () => void;
  onDismiss: () => void;
  /** Only in researcher mode: keeps a redacted sample of this conversation. */
  onSaveSample?: () => void;
  /** What happened to the last "Save sample". */
  sampleStatus?: string | null;
  /** Opens a printable evidence report of this conversation in a new tab. */
  onReport: () => void;
}

/**
 * The conversation banner: the script's stages with those reached marked,
 * "Why?" with the reasons and their quoted evidence, and "What to do".
 * All text is rendered as text, never as HTML.
 */
export function Banner({ verdict, initiallyOpen = null, escalation = null, onNotScam, onDismiss, onSaveSample, sampleStatus = null, onReport }: BannerProps) {
  const [open, setOpen] = useState<'why' | 'what' | null>(initiallyOpen);
  const [confirming, setConfirming] = useState(false);
  const [allReasons, setAllReasons] = useState(false);
  // The strongest reasons first; the rest on request, so the list stays readable.
  const ranked = [...verdict.reasons].sort((a, b) => b.points - a.points);
  const shown = allReasons ? ranked : ranked.slice(0, REASONS_SHOWN);
  const reached = new Set(verdict.stagesReached);
  const strong = verdict.level === 'high';
  // Before any money talk the warning is about how scams begin, not about a scam in progress.
  const opening = !strong && isOpening(verdict.stagesReached);
  const timeline = verdict.stagesReached.includes('recovery') ? [...TIMELINE, { stage: 'recovery' as const, label: 'Recovery offer' }] : TIMELINE;
  const toggle = (which: 'why' | 'what') => setOpen(open === which ? null : which);
  return (
    <section class={`rf banner ${verdict.level}`} role="alert" aria-labelledby="rf-title">
      <h2 id="rf-title">
        {strong
          ? 'This conversation follows a known investment-scam script'
          : opening
            ? 'This is how many investment scams begin'
            : 'This conversation shows signs of an investment scam'}
      </h2>
      <p>
        {strong
          ? 'Several steps of a common scam have happened here. Please do not send more money until you have checked.'
          : opening
            ? 'A stranger who quickly becomes close, moves the chat to another app, or talks of a far-away job or wealth: many scams start this way. It may well be innocent. Watch for any talk of investing, and never send money to someone you have not met.'
            : 'Some messages match steps of a common scam. It may be innocent; it is worth a careful look.'}
      </p>
      {escalation && (
        <p class="escalation">
          You marked this conversation as not a scam on {new Date(escalation.since).toLocaleDateString()}. Since then it has reached a more serious step:{' '}
          <strong>{escalation.stage}</strong>.
        </p>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-label="Confirm: not a scam">
          <p>
            Are you sure? Scammers often say a warning like this is a glitch. RedFlag will stay quiet here for 90 days, but warns again if money is
            asked for or a withdrawal is blocked.
          </p>
          <div class="actions">
            <button type="button" onClick={trusted(onNotScam)}>
              Yes, I know this person
            </button>
            <button type="button" class="primary" onClick={trusted(() => setConfirming(false))}>
              Keep warning me
            </button>
          </div>
        </div>
      ) : (
        <>
        <ol class="timeline" aria-label="Steps of the scam script">
          {timeline.map(({ stage, label }) => (
            <li key={stage} class={reached.has(stage) ? 'reached' : ''} aria-current={verdict.stage === stage ? 'step' : undefined}>
              {reached.has(stage) ? `✓ ${label}` : label}
            </li>
          ))}
        </ol>
        <div class="actions">
          <button type="button" class="primary" aria-expanded={open === 'why'} onClick={trusted(() => toggle('why'))}>
            Why?
          </button>
          <button type="button" aria-expanded={open === 'what'} onClick={trusted(() => toggle('what'))}>
            What to do
          </button>
          <button type="button" aria-expanded={confirming} onClick={trusted(() => setConfirming(true))}>
            Not a scam
          </button>
          <button type="button" onClick={trusted(onDismiss)}>
            Dismiss
          </button>
          {onSaveSample && (
            <button type="button" onClick={trusted(onSaveSample)}>
              Save sample
            </button>
          )}
        </div>
        {onSaveSample && sampleStatus && (
          <p class="status" role="status">
            {sampleStatus}
          </p>
        )}
        {open === 'why' && (
          <div>
            <ul class="details" aria-label="Reasons">
              {shown.map((r) => (
                <li key={r.rule}>
                  {r.text}
                  {r.quote && <span class="quote">“{r.quote}”</span>}
                </li>
              ))}
            </ul>
            {ranked.length > shown.length && (
              <div class="actions">
                <button type="button" onClick={() => setAllReasons(true)}>
                  Show {ranked.length - shown.length} more signs
                </button>
              </div>
            )}
          </div>
        )}
        {open === 'what' && (
          <div>
            <ul class="details">
              {(opening ? OPENING_WHAT_TO_DO : WHAT_TO_DO).map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
            <div class="actions">
              <button type="button" onClick={trusted(onReport)}>
                Evidence report
              </button>
              <span class="hint">Opens in a new tab: the steps, the messages, the sites and wallet addresses found, to print or save as PDF for the police or your bank.</span>
            </div>
            <p>
              <strong>Where to report</strong>
            </p>
            <ul class="details">
              {WHERE_TO_REPORT.map((r) => (
                <li key={r.place}>
                  {r.place}: {r.how}
                </li>
              ))}
            </ul>
          </div>
        )}
        </>
      )}
    </section>
  );
}
