import { h } from 'preact';
import type { ScoreRequest, ScoreResponse, ThreadVerdict } from '../scorer/protocol.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { Badge } from '../ui/Badge.tsx';
import { Banner } from '../ui/Banner.tsx';
import { type Mounted, mountIsolated } from '../ui/mount.ts';
import { IncrementalReader } from './reader.ts';

/** What the controller needs from the extension: scoring and the "not a scam" memory. */
export interface ControllerDeps {
  score(request: ScoreRequest): Promise<ScoreResponse>;
  isNotScam(thread: string): Promise<boolean>;
  setNotScam(thread: string, value: boolean): Promise<void>;
  saveSample(thread: string): Promise<string>;
  largeText: boolean;
}

export type ReaderStatus = 'no-thread' | 'ok' | 'degraded';

/** A banner shows at `high`, or once `medium` has persisted for this many further messages. */
const MEDIUM_PERSISTS = 3;

/**
 * Follows the open conversation on a supported site: reads new messages,
 * sends only those to the scorer, and shows badges and the banner. One
 * instance per page; thread switches and single-page navigation reset it.
 */
export class PageController {
  private readonly reader: IncrementalReader;
  private thread: string | null = null;
  private sent: string[] = [];
  private verdict: ThreadVerdict | null = null;
  private notScam = false;
  private dismissedAt: string | null = null;
  private whyOpen = false;
  private banner: Mounted | null = null;
  private undo: Mounted | null = null;
  private readonly badges = new Map<string, Mounted>();
  private running: Promise<void> | null = null;
  private again = false;
  status: ReaderStatus = 'no-thread';

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private readonly deps: ControllerDeps,
  ) {
    this.reader = new IncrementalReader(adapter);
  }

  /** How many messages of the open thread have been scored. */
  get scored(): number {
    return this.sent.length;
  }

  get level(): ThreadVerdict['level'] | 'none' {
    return this.verdict?.level ?? 'none';
  }

  /** Scans now, or once more after the running scan if one is in progress. */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.scanOnce();
      } while (this.again);
      this.running = null;
    })();
    return this.running;
  }

  private async scanOnce(): Promise<void> {
    const reading = await this.reader.read(this.doc);
    if (!reading) {
      this.status = 'no-thread';
      return;
    }
    this.status = reading.degraded ? 'degraded' : 'ok';
    const thread = `${this.adapter.id}:${reading.threadId}`;
    if (thread !== this.thread) this.switchTo(thread);
    this.notScam = await this.deps.isNotScam(thread);
    // New messages at the end extend the tracker; a new message above known ones (history
    // loaded upward) starts the thread over. Known messages scrolled out of a virtualised
    // list simply stay counted.
    const sentSet = new Set(this.sent);
    const lastKnown = reading.messages.reduce((last, m, i) => (sentSet.has(m.key) ? i : last), -1);
    const fresh = reading.messages.filter((m) => !sentSet.has(m.key));
    const reset = reading.messages.some((m, i) => i < lastKnown && !sentSet.has(m.key));
    const toSend = reset ? reading.messages : fresh;
    if (toSend.length > 0) {
      const response = await this.deps.score({
        type: 'redflag:score',
        thread,
        reset: reset || this.sent.length === 0,
        messages: toSend.map(({ key, from, text }) => ({ key, from, text })),
      });
      if (!response.ok) return;
      this.sent = reset ? toSend.map((m) => m.key) : [...this.sent, ...toSend.map((m) => m.key)];
      this.verdict = response.verdict;
    }
    this.render(new Map(reading.messages.map((m) => [m.key, m.element])), reading.thread);
  }

  private switchTo(thread: string): void {
    this.thread = thread;
    this.sent = [];
    this.verdict = null;
    this.dismissedAt = null;
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

  private showBanner(v: ThreadVerdict): boolean {
    if (this.whyOpen) return true;
    if (v.level === 'high') return this.dismissedAt !== 'high';
    if (v.level !== 'medium' || this.dismissedAt !== null || v.warnedAtKey === null) return false;
    const since = this.sent.length - 1 - this.sent.indexOf(v.warnedAtKey);
    return since >= MEDIUM_PERSISTS;
  }

  private render(elements: Map<string, Element>, thread: Element): void {
    const v = this.verdict;
    if (!v || this.notScam) {
      this.clear();
      if (v && this.notScam && (v.level === 'medium' || v.level === 'high')) this.renderUndo(thread);
      return;
    }
    this.undo?.remove();
    this.undo = null;
    // Badges on flagged messages still in the page.
    const wanted = new Set(v.flagged.map((f) => f.key));
    for (const [key, badge] of this.badges) {
      if (!wanted.has(key) || !badge.host.isConnected) {
        badge.remove();
        this.badges.delete(key);
      }
    }
    for (const f of v.flagged) {
      const element = elements.get(f.key);
      if (!element || this.badges.has(f.key)) continue;
      const badge = mountIsolated(this.doc, 'redflag-badge', this.deps.largeText);
      badge.host.setAttribute('data-message-key', f.key);
      badge.host.setAttribute('data-level', v.level);
      badge.update(h(Badge, { reason: f.reason, level: v.level, onWhy: () => this.openWhy() }));
      element.append(badge.host);
      this.badges.set(f.key, badge);
    }
    // The banner at the top of the conversation.
    if (!this.showBanner(v)) {
      this.banner?.remove();
      this.banner = null;
      return;
    }
    if (!this.banner || !this.banner.host.isConnected) {
      this.banner?.remove();
      this.banner = mountIsolated(this.doc, 'redflag-banner', this.deps.largeText);
      this.banner.host.style.cssText = 'display:block;position:sticky;top:0;z-index:2147483000';
      thread.parentElement?.insertBefore(this.banner.host, thread);
    }
    this.banner.host.setAttribute('data-level', v.level);
    this.banner.host.setAttribute('data-stages', v.stagesReached.join(' '));
    const threadKey = this.thread!;
    this.banner.update(
      h(Banner, {
        key: `${threadKey}:${this.whyOpen}`,
        verdict: v,
        initiallyOpen: this.whyOpen ? 'why' : null,
        onNotScam: () => void this.markNotScam(true),
        onDismiss: () => {
          this.dismissedAt = v.level === 'high' ? 'high' : 'medium';
          this.whyOpen = false;
          this.banner?.remove();
          this.banner = null;
        },
        onSaveSample: () => void this.deps.saveSample(threadKey).then((message) => this.banner?.host.setAttribute('data-sample-status', message)),
      }),
    );
  }

  private renderUndo(thread: Element): void {
    if (this.undo?.host.isConnected) return;
    this.undo = mountIsolated(this.doc, 'redflag-undo', this.deps.largeText);
    this.undo.update(
      h('div', { class: 'rf badge', role: 'status' }, [
        h('span', null, 'RedFlag: you marked this conversation as not a scam.'),
        h('button', { type: 'button', onClick: () => void this.markNotScam(false) }, 'Undo'),
      ]),
    );
    thread.parentElement?.insertBefore(this.undo.host, thread);
  }

  private openWhy(): void {
    this.whyOpen = true;
    void this.scan();
  }

  private async markNotScam(value: boolean): Promise<void> {
    if (!this.thread) return;
    await this.deps.setNotScam(this.thread, value);
    this.notScam = value;
    this.whyOpen = false;
    this.clear();
    await this.scan();
  }
}
