// punycode.js ships no types; its ES module build (not Node's deprecated built-in) is what the engine uses.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
}
