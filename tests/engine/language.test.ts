import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/engine/analyze.ts';
import { compileRules } from '../../src/engine/rules/index.ts';

// A language's rules switch on from one short message in it (its script, or its small words);
// kana tell Japanese from Chinese, and English switches nothing on (its rules always run).
const compiled = compileRules();
const localesOf = (text: string): string[] => [...analyzeMessage({ from: 'them', text }, 0, compiled).locales].sort();

const SHORT_MESSAGES: Array<[string, string]> = [
  ['すみません、間違えました', 'ja'],
  ['投資の件、今日はどうですか', 'ja'],
  ['您好，请问是王先生吗', 'zh'],
  ['請問是王先生嗎', 'zh'],
  ['안녕하세요 혹시 민수씨인가요', 'ko'],
  ['Xin chào, anh khỏe không?', 'vi'],
  ['chao em, em an com chua', 'vi'],
  ['สวัสดีค่ะ ใช่คุณสมชายไหมคะ', 'th'],
  ['Привет, как дела?', 'ru'],
  ['مرحبا كيف حالك', 'ar'],
  ['kumusta ka na po?', 'tl'],
  ['gue lagi di kantor nih, kamu gimana?', 'id'],
  ['awak dah makan ke belum?', 'ms'],
  ['नमस्ते, आप कैसे हैं?', 'hi'],
  ['kya haal hai bhai, sab theek?', 'hi-Latn'],
  ['merhaba, nasılsın?', 'tr'],
  ['ciao, come stai oggi?', 'it'],
  ['hola, ¿cómo estás?', 'es'],
  ['olá, tudo bem com você?', 'pt'],
  ['salut, ça va ?', 'fr'],
  ['hallo, wie geht es dir?', 'de'],
];

describe('language detection on a message of a few words', () => {
  it.each(SHORT_MESSAGES)('%s switches on %s', (text, locale) => {
    expect(localesOf(text)).toContain(locale);
  });

  it('does not take Japanese for Chinese, nor Chinese for Japanese', () => {
    expect(localesOf('すみません、間違えました')).not.toContain('zh');
    expect(localesOf('您好，请问是王先生吗')).not.toContain('ja');
  });

  it('switches nothing on for English', () => {
    for (const text of ['hey how was your day?', 'see you at dinner tonight', 'my aunt is a senior analyst']) expect(localesOf(text)).toEqual([]);
  });
});
