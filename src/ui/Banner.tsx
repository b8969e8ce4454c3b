import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Stage } from '../engine/types.ts';
import type { ReasonView, ThreadVerdict } from '../scorer/protocol.ts';
import { headline, pathFor, rankReasons, stageKey } from './advice.ts';
import { reason, t, uiDir } from './i18n.ts';
import { FlagMark } from './FlagMark.tsx';
import type { MessageKey } from './locales/en.ts';
import { type PinAnswer, PinPrompt } from './PinPrompt.tsx';
import { type ReportPlace, reportPlaces } from './report-places.ts';
import { trusted } from './trusted.ts';

/** Reasons listed before "Show more": the strongest first. */
export const REASONS_SHOWN = 5;

/** Guardian mode as the warning needs it: the person to call, and the PIN check for "Not a scam". */
export interface GuardianView {
  trusted: { name: string; phone: string } | null;
  checkPin(pin: string): Promise<PinAnswer>;
}

export interface BannerProps {
  verdict: ThreadVerdict;
  /** Open the details from the start, at this part (a badge's "Why?" was pressed). */
  initiallyOpen?: 'why' | 'what' | null;
  /** The user had marked this conversation "not a scam"; it has since reached a more serious step. */
  escalation?: { since: number; stage: Stage } | null;
  /** Set in guardian mode: "Not a scam" then needs the PIN, and high warnings name the person to call. */
  guardian?: GuardianView | null;
  /** The user's country, for where to report (null: a general list). */
  country?: string | null;
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
 * The conversation's warning. Collapsed it is one header line (the only part that stays in
 * view while the chat scrolls), worded and coloured by level. Opened, a panel of bounded height
 * scrolls by itself: the path of the script with where this conversation is, the reasons
 * ranked by weight with their quotes, what to do, where to report. Escape or the close button
 * folds it again. All text is rendered as text, never as HTML.
 */
export function Banner(props: BannerProps) {
  const { verdict, initiallyOpen = null, escalation = null, guardian = null, country = null } = props;
  const [open, setOpen] = useState<'why' | 'what' | null>(initiallyOpen);
  const [confirming, setConfirming] = useState<'ask' | 'pin' | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const words = headline(verdict);
  const level = verdict.level === 'none' ? 'low' : verdict.level;
  const toggle = (which: 'why' | 'what') => setOpen(open === which ? null : which);
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector(`[data-part="${open}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !e.isTrusted || !open) return;
    e.stopPropagation();
    setOpen(null);
  };
  return (
    <section class={`rf banner ${level}`} dir={uiDir()} aria-label={t('brand_label')} onKeyDown={onKeyDown}>
      <div class="bar" role={level === 'high' ? 'alert' : 'status'}>
        <FlagMark />
        <p class="headline">
          <span class="brand">RedFlag</span>
          <span class="level">{t(`level_${level}`)}</span> <span class="title">{t(words.title)}</span>
        </p>
        <div class="bar-actions">
          <button type="button" aria-expanded={open === 'why'} onClick={trusted(() => toggle('why'))}>
            {t('why')}
          </button>
          <button type="button" aria-expanded={open === 'what'} onClick={trusted(() => toggle('what'))}>
            {t('what_to_do')}
          </button>
          <button type="button" class="close" aria-label={t('dismiss')} title={t('dismiss')} onClick={trusted(props.onDismiss)}>
            ×
          </button>
        </div>
      </div>
      {open && (
        <div class="panel" ref={panel} tabIndex={-1}>
          <p class="intro">{t(words.intro, words.values)}</p>
          {escalation && (
            <p class="escalation">{t('escalation', { date: new Date(escalation.since).toLocaleDateString(), stage: t(stageKey(escalation.stage)) })}</p>
          )}
          {verdict.level === 'high' && guardian?.trusted && <TrustedCard person={guardian.trusted} />}
          <Findings verdict={verdict} todo={words.todo}>
            <ReportPlaces places={reportPlaces(country)} />
          </Findings>
          {confirming === 'ask' ? (
            <div class="confirm" role="group" aria-label={t('not_scam')}>
              <p>{t('not_scam_confirm')}</p>
              <div class="actions">
                <button type="button" onClick={trusted(() => (guardian ? setConfirming('pin') : props.onNotScam()))}>
                  {t('not_scam_yes')}
                </button>
                <button type="button" class="primary" onClick={trusted(() => setConfirming(null))}>
                  {t('keep_warning')}
                </button>
              </div>
            </div>
          ) : confirming === 'pin' && guardian ? (
            <div class="confirm">
              <PinPrompt onSubmit={(pin) => guardian.checkPin(pin)} onUnlocked={props.onNotScam} onCancel={() => setConfirming(null)} />
            </div>
          ) : (
            <div class="actions">
              <button type="button" onClick={trusted(props.onReport)}>
                {t('evidence_report')}
              </button>
              <button type="button" aria-expanded={false} onClick={trusted(() => setConfirming('ask'))}>
                {t('not_scam')}
              </button>
              {props.onSaveSample && (
                <button type="button" onClick={trusted(props.onSaveSample)}>
                  {t('save_sample')}
                </button>
              )}
              <button type="button" class="primary" onClick={trusted(() => setOpen(null))}>
                {t('close_details')}
              </button>
            </div>
          )}
          {props.onSaveSample && props.sampleStatus && (
            <p class="status" role="status">
              {props.sampleStatus}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * What a verdict shows in full, in the warning's panel and in the popup: the script's path,
 * the reasons ranked ("why"), and what to do, followed by `children` (where to report).
 */
export function Findings({ verdict, todo, children }: { verdict: ThreadVerdict; todo: readonly MessageKey[]; children?: ComponentChildren }) {
  return (
    <>
      <ScriptPath stagesReached={verdict.stagesReached} now={verdict.stage} />
      <div data-part="why">
        <h3>{t('reasons_title')}</h3>
        <RankedReasons reasons={verdict.reasons} />
      </div>
      <div data-part="what">
        <h3>{t('what_to_do')}</h3>
        <ul class="details">
          {todo.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        {children}
      </div>
    </>
  );
}

/** "Before you send any money, call Ana: …" — guardian mode's person to call, on every high warning. */
export function TrustedCard({ person }: { person: { name: string; phone: string } }) {
  return (
    <p class="trusted" role="note">
      {t('trusted_call', { name: person.name, phone: person.phone })}
    </p>
  );
}

/**
 * The script's usual path drawn as a line of steps, in order: the steps that happened are
 * filled in warning colour, the furthest is marked "now", later ones are hollow. No ticks:
 * a tick reads as approval or progress.
 */
export function ScriptPath({ stagesReached, now }: { stagesReached: readonly Stage[]; now: Stage | null }) {
  const reached = new Set(stagesReached);
  return (
    <figure class="path">
      <figcaption>{t('path_title')}</figcaption>
      <ol>
        {pathFor(stagesReached).map((stage) => (
          <li key={stage} class={`${reached.has(stage) ? 'reached' : 'ahead'}${stage === now ? ' now' : ''}`} aria-current={stage === now ? 'step' : undefined}>
            <span class="dot" aria-hidden="true" />
            <span class="label">{t(stageKey(stage))}</span>
            <span class="state">{stage === now ? t('path_now') : reached.has(stage) ? t('path_reached') : t('path_not_reached')}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Reasons ranked by weight, one per rule, each with the quote that raised it; five before "more". */
export function RankedReasons({ reasons }: { reasons: readonly ReasonView[] }) {
  const [all, setAll] = useState(false);
  const ranked = rankReasons(reasons);
  const shown = all ? ranked : ranked.slice(0, REASONS_SHOWN);
  return (
    <>
      <ol class="reasons">
        {shown.map((r) => (
          <li key={r.rule}>
            {reason(r.rule, r.text)}
            {r.quote && <q class="quote">{r.quote}</q>}
          </li>
        ))}
      </ol>
      {ranked.length > shown.length && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t('reasons_more', { count: ranked.length - shown.length })}
        </button>
      )}
    </>
  );
}

export function ReportPlaces({ places }: { places: readonly ReportPlace[] }) {
  return (
    <>
      <h3>{t('where_to_report')}</h3>
      <ul class="details">
        {places.map((p) => (
          <li key={p.name}>
            <strong>{p.name}</strong>: <span dir="ltr">{p.contact}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
