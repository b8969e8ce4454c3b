import { describe, expect, it } from 'vitest';
import { readThread } from '../../src/sites/read.ts';
import { discord } from '../../src/sites/discord.ts';
import { checkAdapterFixtures, fixtureDocument, loadFixture } from './fixture-check.ts';

/** The scam fixture as a DOM, and the directions it must read. */
function scam(): { doc: Document; directions: string[] } {
  const { html, expected } = loadFixture(discord, 'scam');
  return { doc: fixtureDocument(discord, html), directions: expected.messages.map((m) => m.from) };
}

const directions = (doc: Document): string[] => readThread(discord, doc)!.messages.map((m) => m.from);

describe('discord adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(discord);
  });

  it('tells the user by avatar user id when the user panel shows another name (a server nickname)', () => {
    const { doc, directions: want } = scam();
    const ids: Record<string, string> = { Vivian: '1180000000000000042', Jordan: '1170000000000000007' };
    for (const header of doc.querySelectorAll('[id^="message-username-"]')) {
      const name = header.querySelector('[data-text]')!.getAttribute('data-text')!;
      header.closest('[role="article"]')!.querySelector('img')!.setAttribute('src', `https://cdn.discordapp.com/avatars/${ids[name]}/a1b2c3.webp?size=80`);
    }
    const area = doc.querySelector('section[aria-label="User area"]')!;
    area.querySelector('img')!.setAttribute('src', `https://cdn.discordapp.com/avatars/${ids.Jordan}/a1b2c3.webp?size=32`);
    area.querySelector('[class*="panelTitleContainer"] div')!.textContent = 'Jordy';
    area.querySelector('[role="img"]')!.setAttribute('aria-label', 'jordy_k, Online');
    expect(directions(doc)).toEqual(want);
  });

  it('falls back to the direct message header without a user panel, and to the previous rows without aria-labelledby', () => {
    const { doc, directions: want } = scam();
    doc.querySelector('section[aria-label="User area"]')!.remove();
    expect(directions(doc)).toEqual(want);
    for (const article of doc.querySelectorAll('[role="article"]')) article.removeAttribute('aria-labelledby');
    expect(directions(doc)).toEqual(want);
  });
});
