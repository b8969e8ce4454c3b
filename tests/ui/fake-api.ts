import type { TabStatus } from '../../src/content/controller.ts';
import { createGuardianService } from '../../src/extension/guardian-service.ts';
import { SETTINGS_DEFAULTS, type Settings, readSettings } from '../../src/extension/settings.ts';
import type { SilencedEntry } from '../../src/extension/silenced.ts';
import { ThreadScorer } from '../../src/scorer/thread-scorer.ts';
import type { ExtensionApi } from '../../src/ui/api.ts';

/**
 * The extension as the popup and options page see it, over plain values: the real guardian
 * service (PIN hash, back-off) and the real scorer (rules only). `values` is the "storage",
 * which tests can corrupt or read.
 */
export function fakeApi(tab: TabStatus | 'unsupported' = 'unsupported') {
  const values: { settings: unknown; record: unknown; attempts: unknown; silenced: Record<string, SilencedEntry> } = {
    settings: { ...SETTINGS_DEFAULTS },
    record: null,
    attempts: undefined,
    silenced: { abc: { site: 'WhatsApp', at: Date.UTC(2026, 10, 2), expires: Date.now() + 86_400_000, stage: 'rapport' } },
  };
  const item = (name: 'settings' | 'record' | 'attempts') => ({
    getValue: async () => values[name],
    setValue: async (v: unknown) => void (values[name] = structuredClone(v)),
  });
  const guardian = createGuardianService({ settings: item('settings'), record: item('record'), attempts: item('attempts'), clearSilenced: async () => void (values.silenced = {}) });
  const opened: string[] = [];
  const api: ExtensionApi = {
    tabStatus: async () => tab,
    modelStatus: async () => ({ state: 'loaded', version: 'test-model' }),
    check: async (lines) => ({ ok: true, verdict: await new ThreadScorer(null).check(lines.map((text) => ({ from: 'them', text }))) }),
    guardianStatus: () => guardian.status(),
    storedSettings: async (): Promise<Settings> => readSettings(values.settings),
    saveSettings: (next, pin) => guardian.save(next, pin),
    enableGuardian: (pin, trusted) => guardian.enable(pin, trusted),
    disableGuardian: (pin) => guardian.disable(pin),
    setTrusted: (pin, trusted) => guardian.setTrusted(pin, trusted),
    silenced: async () => values.silenced,
    clearSilenced: (pin) => guardian.clearSilenced(pin),
    openReport: async () => (opened.push('report'), true),
    openOptions: () => void opened.push('options'),
    sites: [
      { id: 'whatsapp', name: 'WhatsApp Web' },
      { id: 'tinder', name: 'Tinder' },
    ],
  };
  return { api, values, opened, guardian };
}
