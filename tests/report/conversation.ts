import { scanConversation } from '../../src/engine/tracker.ts';
import type { Message } from '../../src/engine/types.ts';
import type { EvidenceInput } from '../../src/report/evidence.ts';

// A pig-butchering script in eleven messages, shared by the report tests. The
// addresses are checksum-valid (tests/engine/wallets.test.ts); the phone
// numbers are in the 555-01xx range reserved for fiction.
export const TRON = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
export const BITCOIN = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
export const PHONE = '+1 415 555 0134';

export const SCAM: Message[] = [
  { from: 'them', text: 'Hi, is this Jenny? Sorry, wrong number', time: '2026-01-01T09:00:00Z' },
  { from: 'me', text: 'No, this is Margaret. No problem!', time: '2026-01-01T09:05:00Z' },
  { from: 'them', text: 'What a lovely name. Fate brought us together, my dear friend', time: '2026-01-01T09:10:00Z' },
  { from: 'them', text: `Let us chat on WhatsApp, it is easier. My number is ${PHONE}`, time: '2026-01-02T10:00:00Z' },
  { from: 'me', text: 'ok, mine is +1 212 555 0199', time: '2026-01-02T10:05:00Z' },
  { from: 'them', text: 'My aunt is a senior analyst at a big bank, she tells me when to buy', time: '2026-01-05T12:00:00Z' },
  { from: 'them', text: 'I can teach you to invest too, the returns are guaranteed', time: '2026-01-06T12:00:00Z' },
  { from: 'them', text: 'Register on coinvexa-pro.top, I will guide you. Telegram: @coinvexa_support', time: '2026-01-07T12:00:00Z' },
  { from: 'them', text: `Send 5000 USDT to this TRC20 address: ${TRON}`, time: '2026-01-08T12:00:00Z' },
  { from: 'me', text: 'I sent it, 5000 usdt', time: '2026-01-08T13:00:00Z' },
  { from: 'them', text: `To withdraw your profit you must pay 20% tax first, to ${TRON} or @coinvexa_support will help`, time: '2026-01-20T12:00:00Z' },
];

export function evidenceInput(messages: readonly Message[], overrides: Partial<EvidenceInput> = {}): EvidenceInput {
  return {
    title: 'WhatsApp Web: Anna',
    messages,
    verdict: scanConversation(messages),
    source: 'WhatsApp Web',
    createdAt: new Date('2026-02-01T08:30:00Z'),
    country: 'GB',
    redact: false,
    ...overrides,
  };
}

