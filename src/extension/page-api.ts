import browser from 'webextension-polyfill';
import type { TabStatus } from '../content/controller.ts';
import type { ExtensionApi } from '../ui/api.ts';
import { ADAPTERS } from '../sites/registry.ts';
import type { ChangeAnswer, GuardianStatus } from './guardian-service.ts';
import { readSettings } from './settings.ts';
import { settings, silenced } from './storage.ts';
import { LIMITS, type ModelStatus, type ScoreResponse } from '../scorer/protocol.ts';

const ask = <T>(message: Record<string, unknown>): Promise<T> => browser.runtime.sendMessage(message) as Promise<T>;

/** The extension as RedFlag's own pages (popup, options) reach it: the background decides every guarded change. */
export const pageApi: ExtensionApi = {
  async tabStatus() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return 'unsupported';
    try {
      return ((await browser.tabs.sendMessage(tab.id, { type: 'redflag:status' })) as TabStatus | undefined) ?? 'unsupported';
    } catch {
      return 'unsupported';
    }
  },
  modelStatus: () => ask<ModelStatus>({ type: 'redflag:model-status' }).catch((e: unknown) => ({ state: 'rules-only' as const, reason: (e as Error).message })),
  check: (lines) => ask<ScoreResponse>({ type: 'redflag:check', messages: lines.slice(-LIMITS.messages).map((text) => ({ from: 'them', text })) }),
  guardianStatus: () => ask<GuardianStatus>({ type: 'redflag:guardian-status' }),
  storedSettings: async () => readSettings(await settings.getValue()),
  saveSettings: (next, pin) => ask<ChangeAnswer>({ type: 'redflag:settings-save', settings: next, pin }),
  enableGuardian: (pin, trusted) => ask<ChangeAnswer>({ type: 'redflag:guardian-enable', pin, trusted }),
  disableGuardian: (pin) => ask<ChangeAnswer>({ type: 'redflag:guardian-disable', pin }),
  setTrusted: (pin, trusted) => ask<ChangeAnswer>({ type: 'redflag:guardian-trusted', pin, trusted }),
  silenced: () => silenced.getValue(),
  clearSilenced: (pin) => ask<ChangeAnswer>({ type: 'redflag:silenced-clear', pin }),
  async openReport() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const reply = tab?.id === undefined ? null : ((await browser.tabs.sendMessage(tab.id, { type: 'redflag:open-report' }).catch(() => null)) as { ok: boolean } | null);
    return reply?.ok === true;
  },
  openOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
  sites: ADAPTERS.map((a) => ({ id: a.id, name: a.name })),
};
