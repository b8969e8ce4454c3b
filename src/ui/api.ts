import type { TabStatus } from '../content/controller.ts';
import type { ChangeAnswer, GuardianStatus } from '../extension/guardian-service.ts';
import type { Settings } from '../extension/settings.ts';
import type { SilencedEntry } from '../extension/silenced.ts';
import type { ModelStatus, ScoreResponse } from '../scorer/protocol.ts';

/**
 * What the popup and the options page ask of the extension. The pages take it as a
 * parameter, so component tests drive them with a fake and the extension with the real one
 * (src/extension/page-api.ts).
 */
export interface ExtensionApi {
  /** The open tab: a supported chat site's reader and verdict, or 'unsupported'. */
  tabStatus(): Promise<TabStatus | 'unsupported'>;
  modelStatus(): Promise<ModelStatus>;
  /** Scores pasted messages on this device. */
  check(lines: readonly string[]): Promise<ScoreResponse>;
  guardianStatus(): Promise<GuardianStatus>;
  /** The settings as stored (the page edits these; guardian mode may refuse a change without the PIN). */
  storedSettings(): Promise<Settings>;
  saveSettings(next: Settings, pin?: string): Promise<ChangeAnswer>;
  enableGuardian(pin: string, trusted: { name: string; phone: string } | null): Promise<ChangeAnswer>;
  disableGuardian(pin?: string): Promise<ChangeAnswer>;
  setTrusted(pin: string | undefined, trusted: { name: string; phone: string } | null): Promise<ChangeAnswer>;
  silenced(): Promise<Record<string, SilencedEntry>>;
  clearSilenced(pin?: string): Promise<ChangeAnswer>;
  /** Opens the evidence report of the open tab's conversation; false when it could not be made. */
  openReport(): Promise<boolean>;
  openOptions(): void;
  /** The supported sites, for per-site switches. */
  sites: ReadonlyArray<{ id: string; name: string }>;
}
