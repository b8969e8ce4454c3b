import { h } from 'preact';
import { LEVELS, type Stage, stageIndex } from '../engine/types.ts';
import { escalatedPast, type SilencedEntry } from '../extension/silenced.ts';
import type { Sensitivity } from '../extension/settings.ts';
import type { ResearchSettings } from '../extension/storage.ts';
import { chunkMessages, type ExcerptRequest, LIMITS, type ScoreRequest, type ScoreResponse, type ThreadVerdict } from '../scorer/protocol.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { Badge } from '../ui/Badge.tsx';
import { Banner, type GuardianView } from '../ui/Banner.tsx';
import { t } from '../ui/i18n.ts';
import { type Look, looksDark, type Mounted, mountIsolated } from '../ui/mount.ts';
import { trusted } from '../ui/trusted.ts';
import { TEST_HOOKS } from './ours.ts';
import { IncrementalReader } from './reader.ts';

/** What the controller needs from the extension: scoring and the "not a scam" memory. */
export interface ControllerDeps {
  /** Scores new messages; rejects (or answers `ok: false`) when the scorer is unreachable or late. */
  score(request: ScoreRequest): Promise<ScoreResponse>;
  silenceFor(thread: string): Promise<SilencedEntry | null>;
  /** Marks a thread "not a scam" at its furthest stage, or clears the mark (`false`). */
  setSilenced(thread: string, site: string, stage: Stage | null | false): Promise<void>;
  /** Keeps a redacted research sample of the excerpt (researcher mode); resolves to what to tell the user. */
  saveSample(excerpt: Excerpt): Promise<string>;
  /** Opens the evidence report of the excerpt in a new tab. */
  openReport(excerpt: Excerpt): Promise<void>;
  /** Researcher mode as set now: "Save sample" shows only when it is on. */
  research(): ResearchSettings;
  /** The settings warnings follow now (they can change while the page is open). */
  prefs(): WarningPrefs;
  /** Runs `action` after `ms` (the content script ties the timer to its own lifetime). */
  later?(action: () => void, ms: number): void;
}

/** What the popup is told about the open tab. */
export interface TabStatus {
  site: string;
  siteId: string;
  status: ReaderStatus;
  level: ThreadVerdict['level'] | 'none';
  problem: string | null;
  verdict: ThreadVerdict | null;
}

/** What the user chose about warnings, as the controller reads it. */
export interface WarningPrefs {
  largeText: boolean;
  sensitivity: Sensitivity;
  country: string | null;
  /** Guardian mode: "Not a scam" needs the PIN, and high warnings name the person to call. */
  guardian: GuardianView | null;
}

/** The part of the open conversation a sample or a report holds (see `excerpt`). */
export type Excerpt = Omit<ExcerptRequest, 'type'>;

/** A sample or report starts this many messages before the first one that gave a reason, for context. */
const EXCERPT_CONTEXT = 5;

export type ReaderStatus = 'no-thread' | 'ok' | 'degraded' | 'interrupted' | 'paused';

/** A banner shows at `high`, or once `medium` has persisted for this many further messages. */
const MEDIUM_PERSISTS = 3;
/** Waits before scoring again after a failed call: quick at first, then every 30 s. */
const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];
/** Times in one scan the scorer may turn out to have lost the thread before we give up and retry later. */
const MAX_RESYNCS = 2;

/**
 * Follows the open conversation on a supported site: reads new messages,
 * sends only those to the scorer, and shows badges and the banner. One
 * instance per page; thread switches and single-page navigation reset it.
 * A failed scoring call never turns protection off: the scan is released,
 * the status says "interrupted", and it is retried until it succeeds.
 */
export class PageController {
  private readonly reader: IncrementalReader;
  private thread: string | null = null;
  private sent: string[] = [];
  private verdict: ThreadVerdict | null = null;
  private silence: SilencedEntry | null = null;
  private dismissed: { level: number; stage: number } | null = null;
  private whyOpen = false;
  private banner: Mounted | null = null;
  private undo: Mounted | null = null;
  private readonly badges = new Map<string, Mounted>();
  /** Whether the open conversation's part of the page is dark (the site's theme). */
  private dark = false;
  /** The open thread's messages as last read, for samples and reports. */
  private messages: ReadonlyArray<{ key: string; from: 'them' | 'me'; text: string }> = [];
  /** Threads already saved automatically at `high` while this page is open. */
  private readonly autoSaved = new Set<string>();
  private sampleStatus: string | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readerStatus: Exclude<ReaderStatus, 'interrupted' | 'paused'> = 'no-thread';
  private failures = 0;
  private retryPending = false;
  /** Why the last scoring call failed, while it has not yet succeeded again. */
  interruption: string | null = null;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private readonly deps: ControllerDeps,
  ) {
    this.reader = new IncrementalReader(adapter);
  }

  get status(): ReaderStatus {
    if (!this.active) return 'paused';
    return this.interruption !== null ? 'interrupted' : this.readerStatus;
  }

  /** Paused or switched off for this site (settings): nothing is read and no warning is shown. */
  private active = true;

  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.thread = null;
    this.sent = [];
    this.verdict = null;
    this.clear();
    if (active) void this.scan();
  }

  /** How many messages of the open thread have been scored. */
  get scored(): number {
    return this.sent.length;
  }

  get level(): ThreadVerdict['level'] | 'none' {
    return this.verdict?.level ?? 'none';
  }

  /** The open conversation's verdict, for the popup (null before any is read). */
  get current(): ThreadVerdict | null {
    return this.verdict;
  }

  /** Scans now, or once more after the running scan if one is in progress. */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.scanOnce();
        } while (this.again);
        this.interruption = null;
        this.failures = 0;
      } catch (e) {
        this.interruption = (e as Error).message || String(e);
        this.retry();
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private retry(): void {
    if (this.retryPending) return;
    this.retryPending = true;
    const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
    (this.deps.later ?? ((a, ms) => setTimeout(a, ms)))(() => {
      this.retryPending = false;
      void this.scan();
    }, wait);
  }

  private async scanOnce(): Promise<void> {
    if (!this.active) return;
    const reading = await this.reader.read(this.doc);
    if (!reading) {
      this.readerStatus = 'no-thread';
      return;
    }
    this.readerStatus = reading.degraded ? 'degraded' : 'ok';
    const thread = `${this.adapter.id}:${reading.threadId}`;
    if (thread !== this.thread) this.switchTo(thread);
    this.silence = await this.deps.silenceFor(thread);
    // New messages at the end extend the tracker; a new message above known ones (history
    // loaded upward) starts the thread over. Known messages scrolled out of a virtualised
    // list simply stay counted.
    for (let resyncs = 0; ; resyncs++) {
      const sentSet = new Set(this.sent);
      const lastKnown = reading.messages.reduce((last, m, i) => (sentSet.has(m.key) ? i : last), -1);
      const fresh = reading.messages.filter((m) => !sentSet.has(m.key));
      const reset = this.sent.length === 0 || reading.messages.some((m, i) => i < lastKnown && !sentSet.has(m.key));
      if (await this.send(reading.threadId, reset ? reading.messages : fresh, reset)) break;
      // The scorer lost this thread (its document was restarted): send the whole thread again.
      if (resyncs >= MAX_RESYNCS) throw new Error('the scorer keeps losing this conversation');
      this.sent = [];
    }
    this.messages = reading.messages;
    this.render(new Map(reading.messages.map((m) => [m.key, m.element])), reading.thread);
    this.autoSave();
  }

  /**
   * The conversation from a few messages before the first reason to the end,
   * within one request's limits (the newest messages are kept when it is longer).
   */
  excerpt(how: Excerpt['how']): Excerpt | null {
    const v = this.verdict;
    if (!v || !this.thread || this.messages.length === 0) return null;
    const keys = new Set(v.reasons.map((r) => r.key).filter((k) => k !== null));
    const firstReason = this.messages.findIndex((m) => keys.has(m.key));
    let first = Math.max(0, (firstReason === -1 ? 0 : firstReason) - EXCERPT_CONTEXT, this.messages.length - LIMITS.messages);
    const cut = (text: string): string => text.slice(0, LIMITS.textChars);
    let chars = this.messages.slice(first).reduce((n, m) => n + cut(m.text).length, 0);
    while (chars > LIMITS.requestChars && first < this.messages.length - 1) chars -= cut(this.messages[first++]!.text).length;
    const messages = this.messages.slice(first).map((m) => ({ from: m.from, text: cut(m.text) }));
    return { thread: this.thread.slice(0, LIMITS.idChars), how, messages, first, total: this.messages.length, names: this.adapter.contactName?.(this.doc) ?? [] };
  }

  /** Researcher mode's "save by itself at a strong warning": once per thread while the page is open. */
  private autoSave(): void {
    const v = this.verdict;
    if (!v || v.level !== 'high' || !this.thread || this.autoSaved.has(this.thread) || !this.deps.research().autoSaveHigh) return;
    const excerpt = this.excerpt('auto');
    if (!excerpt) return;
    this.autoSaved.add(this.thread);
    void this.deps.saveSample(excerpt).catch(() => this.autoSaved.delete(excerpt.thread));
  }

  private save(): void {
    const excerpt = this.excerpt('manual');
    if (!excerpt) return;
    void this.deps
      .saveSample(excerpt)
      .catch((e: unknown) => `Not saved: ${(e as Error).message}`)
      .then((message) => {
        this.sampleStatus = message;
        if (TEST_HOOKS) this.banner?.host.setAttribute('data-sample-status', message);
        void this.scan();
      });
  }

  /** Sends messages in chunks within the protocol's limits; false when the scorer is out of step. */
  private async send(threadId: string, messages: ReadonlyArray<{ key: string; from: 'them' | 'me'; text: string }>, reset: boolean): Promise<boolean> {
    if (messages.length === 0) return true;
    let startOver = reset;
    const sent = reset ? [] : [...this.sent];
    for (const chunk of chunkMessages(messages.map(({ key, from, text }) => ({ key, from, text: text.slice(0, LIMITS.textChars) })))) {
      const response = await this.deps.score({ type: 'redflag:score', thread: threadId, reset: startOver, messages: chunk });
      if (!response?.ok) throw new Error(response?.error ?? 'no answer from the scorer');
      sent.push(...chunk.map((m) => m.key));
      if (response.verdict.length !== sent.length) return false;
      startOver = false;
      this.sent = [...sent];
      this.verdict = response.verdict;
    }
    return true;
  }

  private switchTo(thread: string): void {
    this.thread = thread;
    this.sampleStatus = null;
    this.sent = [];
    this.verdict = null;
    this.dismissed = null;
    this.whyOpen = false;
    this.clear();
  }

  private clear(): void {
    for (const b of this.badges.values()) b.remove();
    this.badges.clear();
    this.banner?.remove();
    this.banner = null;
    this.undo?.remove();
    this.undo = null;
  }

  private showBanner(v: ThreadVerdict, escalated: boolean): boolean {
    if (this.whyOpen) return true;
    // "Dismiss" hides this level at this stage; a higher level or a later stage shows the banner again.
    const stage = v.stage === null ? -1 : stageIndex(v.stage);
    if (this.dismissed && LEVELS.indexOf(v.level) <= this.dismissed.level && stage <= this.dismissed.stage) return false;
    if (v.level === 'high') return true;
    const sensitivity = this.deps.prefs().sensitivity;
    // "Fewer warnings": only strong ones. "More warnings": cautions at once, and a quiet note at `low`.
    if (sensitivity === 'fewer') return false;
    if (v.level === 'medium' && (escalated || sensitivity === 'more')) return true;
    if (v.level === 'low') return sensitivity === 'more';
    if (v.level !== 'medium' || v.warnedAtKey === null) return false;
    const since = this.sent.length - 1 - this.sent.indexOf(v.warnedAtKey);
    return since >= MEDIUM_PERSISTS;
  }

  private look(): Look {
    return { large: this.deps.prefs().largeText, dark: this.dark };
  }

  /** Applies the current large-text setting and site theme to every warning on the page, at once. */
  refreshLook(): void {
    const look = this.look();
    for (const m of [this.banner, this.undo, ...this.badges.values()]) m?.setLook(look);
  }

  private render(elements: Map<string, Element>, thread: Element): void {
    const v = this.verdict;
    const escalated = v && this.silence ? escalatedPast(this.silence, v.stagesReached) : null;
    if (!v || (this.silence && !escalated)) {
      this.clear();
      if (v && this.silence && (v.level === 'medium' || v.level === 'high')) this.renderUndo(thread);
      return;
    }
    this.undo?.remove();
    this.undo = null;
    const dark = looksDark(thread);
    if (dark !== this.dark) {
      this.dark = dark;
      this.refreshLook();
    }
    // Badges on flagged messages still in the page; with "fewer warnings", only on strong ones.
    const badged = v.level === 'high' || (v.level === 'medium' && this.deps.prefs().sensitivity !== 'fewer') ? v.flagged : [];
    const wanted = new Set(badged.map((f) => f.key));
    for (const [key, badge] of this.badges) {
      if (!wanted.has(key) || !badge.host.isConnected) {
        badge.remove();
        this.badges.delete(key);
      }
    }
    for (const f of badged) {
      const element = elements.get(f.key);
      if (!element || this.badges.has(f.key)) continue;
      const badge = mountIsolated(this.doc, 'redflag-badge', this.look());
      if (TEST_HOOKS) {
        badge.host.setAttribute('data-message-key', f.key);
        badge.host.setAttribute('data-level', v.level);
      }
      badge.update(h(Badge, { rule: f.rule, fallback: f.reason, level: v.level, onWhy: () => this.openWhy() }));
      element.append(badge.host);
      this.badges.set(f.key, badge);
    }
    // The banner at the top of the conversation.
    if (!this.showBanner(v, escalated !== null)) {
      this.banner?.remove();
      this.banner = null;
      return;
    }
    if (!this.banner || !this.banner.host.isConnected) {
      this.banner?.remove();
      this.banner = mountIsolated(this.doc, 'redflag-banner', this.look(), 'display:block;position:sticky;top:0;z-index:2147483000');
      thread.parentElement?.insertBefore(this.banner.host, thread);
    }
    if (TEST_HOOKS) {
      this.banner.host.setAttribute('data-level', v.level);
      this.banner.host.setAttribute('data-stages', v.stagesReached.join(' '));
    }
    const threadKey = this.thread!;
    const prefs = this.deps.prefs();
    this.banner.update(
      h(Banner, {
        key: `${threadKey}:${this.whyOpen}`,
        verdict: v,
        // A conversation marked "not a scam" that reached a more serious step opens with the reason it is back.
        initiallyOpen: this.whyOpen || escalated ? 'why' : null,
        escalation: escalated && this.silence ? { since: this.silence.at, stage: escalated } : null,
        guardian: prefs.guardian,
        country: prefs.country,
        onNotScam: () => void this.markNotScam(v.stage),
        onDismiss: () => {
          this.dismissed = { level: LEVELS.indexOf(v.level), stage: v.stage === null ? -1 : stageIndex(v.stage) };
          this.whyOpen = false;
          this.banner?.remove();
          this.banner = null;
        },
        onSaveSample: this.deps.research().enabled ? () => this.save() : undefined,
        sampleStatus: this.sampleStatus,
        onReport: () => {
          const excerpt = this.excerpt('manual');
          if (excerpt) void this.deps.openReport(excerpt);
        },
      }),
    );
  }

  private renderUndo(thread: Element): void {
    if (this.undo?.host.isConnected) return;
    this.undo = mountIsolated(this.doc, 'redflag-undo', this.look());
    // In guardian mode "Undo" stays: it turns warnings back on, which never needs the PIN.
    this.undo.update(
      h('div', { class: 'rf badge', role: 'status' }, [
        h('span', null, t('not_scam_marked')),
        h('button', { type: 'button', onClick: trusted(() => void this.markNotScam(false)) }, t('undo')),
      ]),
    );
    thread.parentElement?.insertBefore(this.undo.host, thread);
  }

  private openWhy(): void {
    this.whyOpen = true;
    void this.scan();
  }

  /** Marks the thread "not a scam" at `stage` (the furthest reached now), or clears the mark (`false`). */
  private async markNotScam(stage: Stage | null | false): Promise<void> {
    if (!this.thread) return;
    await this.deps.setSilenced(this.thread, this.adapter.name, stage);
    this.silence = await this.deps.silenceFor(this.thread);
    this.whyOpen = false;
    this.clear();
    await this.scan();
  }
}
