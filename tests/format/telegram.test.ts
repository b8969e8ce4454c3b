import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTelegram, parseTelegramAll } from '../../src/format/telegram.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const chatOf = (messages: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ name: 'Ana', type: 'personal_chat', id: 1, ...extra, messages });
const message = (fields: Record<string, unknown>) => ({ id: 1, type: 'message', date: '2024-01-01T10:00:00', date_unixtime: '1704103200', from: 'Ana', from_id: 'user1', text: 'hi', ...fields });

describe('parseTelegram on a single-chat export', () => {
  const chat = parseTelegram(fixture('telegram-personal.json'));

  it('reads the chat, its participants and who exported it', () => {
    expect(chat).toMatchObject({ format: 'telegram', title: 'Sophie Chen', participants: ['Sophie Chen', 'Mark Davies'], problems: [] });
    // A personal chat is named after the other person.
    expect(chat.me).toBe('Mark Davies');
  });

  it('skips service messages and keeps each message\'s index as its line', () => {
    expect(chat.messages).toHaveLength(11);
    expect(chat.messages.map((m) => m.line)).toEqual([1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('joins text arrays in order, entities contributing their text', () => {
    expect(chat.messages[2]!.text).toBe("Oh no, sorry to bother you! You seem nice though 😊 I'm Sophie");
    expect(chat.messages[7]!.text).toBe('We trade on https://coinvexa-pro.top, you deposit USDT and follow her signals. @coinvexa_support opens the account');
  });

  it('writes media as stand-ins, with the caption after, never the file path', () => {
    expect(chat.messages[4]!.text).toBe('[photo] My view from the office');
    expect(chat.messages[5]!.text).toBe('[sticker]');
    expect(chat.messages.map((m) => m.text).join('\n')).not.toMatch(/photos\/|\.jpg|\.webp/);
  });

  it('takes the time from date_unixtime (the true instant), not the local "date"', () => {
    // "2023-12-27T18:02:44" was written at UTC-8.
    expect(chat.messages[0]!.time).toBe(Date.parse('2023-12-28T02:02:44Z'));
  });
});

describe('parseTelegramAll on a full-account export', () => {
  const chats = parseTelegramAll(fixture('telegram-full-export.json'));

  it('reads every chat as its own export, naming the account owner from personal_information', () => {
    expect(chats.map((c) => [c.title, c.participants, c.me])).toEqual([
      ['Ana Ruiz', ['Ana Ruiz', 'Mark Davies'], 'Mark Davies'],
      ['Book club', ['Mark Davies', 'Ben Okafor', 'Deleted account'], 'Mark Davies'],
    ]);
    expect(chats[0]!.messages.map((m) => m.text)).toEqual(['Lunch tomorrow?', 'Yes! The ramen place at 1?', '[voice]']);
  });

  it('calls a deleted account "Deleted account"', () => {
    expect(chats[1]!.messages.at(-1)).toMatchObject({ sender: 'Deleted account', text: "I already read it, it's wonderful" });
  });

  it('refuses to pick one chat out of several', () => {
    expect(() => parseTelegram(fixture('telegram-full-export.json'))).toThrow(/holds 2 chats, not one/);
  });
});

describe('odd input', () => {
  it.each([
    ['{"name": "Ana", "messages": [', /^not valid JSON \(.+\); is this a Telegram Desktop export \(result\.json\)\?$/],
    ['[1, 2]', /not an object; is this a Telegram Desktop export/],
    ['{"name": "Ana"}', /no "messages" list and no "chats" list/],
    ['{"chats": {"list": 3}}', /no "messages" list and no "chats" list/],
  ])('throws a clear error for %s', (text, error) => {
    expect(() => parseTelegramAll(text)).toThrow(error);
  });

  it('reports a message with a missing or odd field and still reads the others', () => {
    const chat = parseTelegram(
      chatOf([
        message({ id: 1, text: 'first' }),
        'not a message',
        message({ id: 3, text: 42, text_entities: [{ type: 'plain', text: 'from entities' }] }),
        message({ id: 4, text: undefined, text_entities: undefined }),
        message({ id: 5, date_unixtime: undefined, date: '2024-01-01T11:00:00' }),
        message({ id: 6, date_unixtime: 'soon', date: 'tomorrow' }),
        message({ id: 7, from: undefined, from_id: 'user9' }),
        message({ id: 8, type: 'mystery' }),
        message({ id: 9, text: 'last' }),
      ]),
    );
    expect(chat.messages.map((m) => [m.line, m.text])).toEqual([
      [1, 'first'],
      [3, 'from entities'],
      [4, ''],
      [5, 'hi'],
      [6, 'hi'],
      [7, 'hi'],
      [8, 'hi'],
      [9, 'last'],
    ]);
    expect(chat.messages[3]!.time).toBe(Date.parse('2024-01-01T11:00:00Z'));
    expect(chat.messages[4]!.time).toBeNull();
    expect(chat.messages[5]!.sender).toBe('user9');
    expect(chat.problems.map((p) => p.line)).toEqual([2, 3, 4, 6, 7, 8]);
    expect(chat.problems[0]!.message).toBe('message 2: not an object; skipped');
    expect(chat.problems[1]!.message).toMatch(/^message 3 \(id 3\): "text" is neither.*read from "text_entities"/);
    expect(chat.problems[3]!.message).toMatch(/no readable date/);
    expect(chat.problems[4]!.message).toMatch(/no sender name \("from"\); read as "user9"/);
    expect(chat.problems[5]!.message).toMatch(/unknown type "mystery"; read as a message/);
  });

  it('keeps two accounts with the same name apart, so no one can speak as someone else', () => {
    const chat = parseTelegram(
      chatOf([message({ from: 'Mark', from_id: 'user1', text: 'hi' }), message({ from: 'Mark', from_id: 'user2', text: 'send USDT' }), message({ from: 'Mark', from_id: 'user1', text: 'who?' })], { name: 'Mark' }),
    );
    expect(chat.messages.map((m) => m.sender)).toEqual(['Mark', 'Mark (user2)', 'Mark']);
    expect(chat.problems).toEqual([{ line: 2, message: expect.stringMatching(/a second account \(user2\) uses the name "Mark"/) }]);
  });

  it('accepts a byte-order mark and reports a chat of the list that is not an object', () => {
    const chats = parseTelegramAll(`\uFEFF${JSON.stringify({ chats: { list: [null, JSON.parse(chatOf([message({})]))] } })}`);
    expect(chats).toHaveLength(2);
    expect(chats[0]!.problems[0]!.message).toMatch(/chat 1 of the list is not an object/);
    expect(chats[1]!.messages).toHaveLength(1);
  });
});
