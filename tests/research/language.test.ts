import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/engine/types.ts';
import { mainLanguage } from '../../src/research/language.ts';

const them = (...texts: string[]): Message[] => texts.map((text) => ({ from: 'them', text }));

describe('mainLanguage', () => {
  it('names the language most of the other party’s messages are in', () => {
    expect(mainLanguage(them('Hi, is this Jenny?', 'My aunt is an analyst'))).toBe('en');
    expect(mainLanguage(them('こんにちは、田中さんですか？', '叔母はアナリストです'))).toBe('ja');
    expect(mainLanguage(them('안녕하세요', '제 이모가 애널리스트예요'))).toBe('ko');
    expect(mainLanguage(them('Привет, это Анна?', 'Моя тётя аналитик'))).toBe('ru');
  });

  it('reads only the other party, and says nothing when there is nothing to read', () => {
    expect(mainLanguage([{ from: 'me', text: 'Привет' }, ...them('Hello there, how are you')])).toBe('en');
    expect(mainLanguage([{ from: 'me', text: 'hello' }])).toBeNull();
    expect(mainLanguage(them('👍', '12345'))).toBeNull();
  });
});
