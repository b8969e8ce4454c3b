import { describe, expect, it } from 'vitest';
import { findWalletAddresses, validateAddress } from '../../src/engine/wallets.ts';

// Published test vectors (BIP-173, BIP-350, EIP-55) and well-known addresses.
describe('validateAddress', () => {
  it.each([
    ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'bitcoin'],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin'],
    ['bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bitcoin'],
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bitcoin'],
    ['bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'bitcoin'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'ethereum'],
    ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'ethereum'],
    ['0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', 'ethereum'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron'],
  ])('accepts %s', (address, network) => {
    expect(validateAddress(address)).toBe(network);
  });

  it.each([
    ['one character off (base58check)', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb'],
    ['one character off (TRON)', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'],
    ['one character off (bech32)', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
    ['mixed case bech32', 'bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
    ['bech32m checksum on a v0 program', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kvjwkmg'],
    ['bad EIP-55 case', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
    ['testnet bech32 (wrong network)', 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx'],
    ['testnet base58 (wrong network)', 'mipcBbFg9gMiCh81Kj8tqqdgoZub1ZJRfn'],
    ['Bitcoin payload with a TRON prefix letter', 'T1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf'],
    ['random look-alike', '1BoatSLRHtKNngkdXEeobR76b53LETtpyX'],
  ])('rejects %s', (_name, address) => {
    expect(validateAddress(address)).toBeNull();
  });

  it('finds only valid addresses in text, with their spans', () => {
    const text = 'send to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t not TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u';
    const found = findWalletAddresses(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    expect(found[0]!.network).toBe('tron');
  });
});
