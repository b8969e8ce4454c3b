/**
 * Real exchanges, brokers and wallets that fake platforms imitate, with the
 * registrable domains they really use. A domain is judged against these by
 * its registrable part (see domains.ts), so every subdomain of a real domain
 * is real ("accounts.binance.com"), and nothing here is ever flagged by itself.
 *
 * `names` are the spellings a fake would copy, as one word without hyphens.
 * `common` marks names that are also ordinary words or other companies'
 * names ("kraken", "gemini", "gate"): for those, the same name under another
 * ending is not evidence ("kraken.io" is an unrelated company); only the name
 * dressed up with trading words ("kraken-pro", "geminiexchange") or a typo is.
 */
export interface Brand {
  brand: string;
  names: string[];
  domains: string[];
  common?: boolean;
}

export const BRANDS: Brand[] = [
  { brand: 'Binance', names: ['binance'], domains: ['binance.com', 'binance.us', 'binance.info', 'binance.org', 'binance.vision', 'bnbchain.org', 'binance.me'] },
  { brand: 'Coinbase', names: ['coinbase'], domains: ['coinbase.com', 'coinbase.io', 'coinbase.me'] },
  { brand: 'Kraken', names: ['kraken'], domains: ['kraken.com'], common: true },
  { brand: 'OKX', names: ['okx', 'okex'], domains: ['okx.com', 'okex.com'] },
  { brand: 'Bybit', names: ['bybit'], domains: ['bybit.com', 'bybitglobal.com'] },
  { brand: 'KuCoin', names: ['kucoin'], domains: ['kucoin.com'] },
  { brand: 'Crypto.com', names: ['cryptocom'], domains: ['crypto.com'] },
  { brand: 'HTX (Huobi)', names: ['huobi', 'htx'], domains: ['htx.com', 'huobi.com'] },
  { brand: 'Bitget', names: ['bitget'], domains: ['bitget.com'] },
  { brand: 'Gate.io', names: ['gateio'], domains: ['gate.io', 'gate.com'] },
  { brand: 'MEXC', names: ['mexc'], domains: ['mexc.com'] },
  { brand: 'Gemini', names: ['gemini'], domains: ['gemini.com'], common: true },
  { brand: 'Bitstamp', names: ['bitstamp'], domains: ['bitstamp.net'] },
  { brand: 'Bitfinex', names: ['bitfinex'], domains: ['bitfinex.com'] },
  { brand: 'Upbit', names: ['upbit'], domains: ['upbit.com'] },
  { brand: 'Bithumb', names: ['bithumb'], domains: ['bithumb.com'] },
  { brand: 'bitFlyer', names: ['bitflyer'], domains: ['bitflyer.com'] },
  { brand: 'MetaMask', names: ['metamask'], domains: ['metamask.io'] },
  { brand: 'Trust Wallet', names: ['trustwallet'], domains: ['trustwallet.com'] },
  { brand: 'Ledger', names: ['ledger', 'ledgerlive'], domains: ['ledger.com', 'ledgerwallet.com'], common: true },
  { brand: 'Exodus', names: ['exodus'], domains: ['exodus.com'], common: true },
  { brand: 'Phantom', names: ['phantom'], domains: ['phantom.app', 'phantom.com'], common: true },
  { brand: 'eToro', names: ['etoro'], domains: ['etoro.com'] },
  { brand: 'Robinhood', names: ['robinhood'], domains: ['robinhood.com'], common: true },
  { brand: 'Fidelity', names: ['fidelity'], domains: ['fidelity.com', 'fidelity.co.uk', 'fidelity.ca', 'fidelityinternational.com', 'fidelity.com.hk', 'fidelity.com.sg', 'fidelity.co.jp'], common: true },
  { brand: 'Vanguard', names: ['vanguard'], domains: ['vanguard.com', 'vanguard.co.uk', 'vanguardinvestor.co.uk', 'vanguard.com.au', 'vanguard.ca'], common: true },
  { brand: 'Charles Schwab', names: ['schwab', 'charlesschwab'], domains: ['schwab.com', 'schwabmoneywise.com'] },
  { brand: 'Interactive Brokers', names: ['interactivebrokers', 'ibkr'], domains: ['interactivebrokers.com', 'ibkr.com', 'interactivebrokers.co.uk'] },
  { brand: 'Webull', names: ['webull'], domains: ['webull.com'] },
  { brand: 'MetaTrader', names: ['metatrader'], domains: ['metatrader4.com', 'metatrader5.com', 'metaquotes.net'], common: true },
  { brand: 'Blockchain.com', names: ['blockchaincom'], domains: ['blockchain.com'] },
  { brand: 'PayPal', names: ['paypal'], domains: ['paypal.com', 'paypal.me'] },
];
