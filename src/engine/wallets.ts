import { base58, bech32, bech32m } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

/**
 * Cryptocurrency addresses, validated by checksum (as Rspamd does) rather than
 * by shape: a string that merely looks like an address is not one.
 */
export type WalletNetwork = 'bitcoin' | 'ethereum' | 'tron';

export interface WalletAddress {
  network: WalletNetwork;
  address: string;
  start: number;
  end: number;
}

const CANDIDATE = /\b(?:bc1[02-9ac-hj-np-z]{11,87}|BC1[02-9AC-HJ-NP-Z]{11,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40})\b/g;

/** Finds checksum-valid wallet addresses in the original (not folded) text: case matters. */
export function findWalletAddresses(text: string): WalletAddress[] {
  const found: WalletAddress[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const network = validateAddress(m[0]);
    if (network) found.push({ network, address: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export function validateAddress(candidate: string): WalletNetwork | null {
  if (/^bc1/i.test(candidate)) return isValidSegwit(candidate) ? 'bitcoin' : null;
  if (candidate.startsWith('0x')) return isValidEthereum(candidate) ? 'ethereum' : null;
  const payload = decodeBase58Check(candidate);
  if (!payload || payload.length !== 21) return null;
  const version = payload[0];
  if (candidate.startsWith('T') && version === 0x41) return 'tron';
  if ((candidate.startsWith('1') && version === 0x00) || (candidate.startsWith('3') && version === 0x05)) return 'bitcoin';
  return null;
}

/** Base58Check: the last four bytes are the first four of SHA-256(SHA-256(payload)). */
function decodeBase58Check(s: string): Uint8Array | null {
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(s);
  } catch {
    return null;
  }
  if (bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const checksum = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (bytes[bytes.length - 4 + i] !== checksum[i]) return null;
  return payload;
}

/** BIP-173 (witness v0, bech32) and BIP-350 (v1+, bech32m) for mainnet "bc". */
function isValidSegwit(s: string): boolean {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const lower = s.toLowerCase() as `${string}1${string}`;
  for (const coder of [bech32, bech32m]) {
    try {
      const { prefix, words } = coder.decode(lower, 90);
      if (prefix !== 'bc' || words.length === 0) continue;
      const version = words[0]!;
      const program = coder.fromWords(words.slice(1));
      if (version > 16 || program.length < 2 || program.length > 40) continue;
      if (version === 0 && coder !== bech32) continue;
      if (version !== 0 && coder !== bech32m) continue;
      if (version === 0 && program.length !== 20 && program.length !== 32) continue;
      return true;
    } catch {
      // not valid with this coder; try the other
    }
  }
  return false;
}

/** All-lower or all-upper hex carries no checksum; mixed case must match EIP-55. */
function isValidEthereum(s: string): boolean {
  const hex = s.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    const ch = hex[i]!;
    if (/[a-f]/i.test(ch) && (nibble >= 8) !== (ch === ch.toUpperCase())) return false;
  }
  return true;
}
