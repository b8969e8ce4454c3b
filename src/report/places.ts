/**
 * Where a victim or their family reports an investment scam, per country.
 * Bundled data: nothing is looked up at run time.
 *
 * Only official bodies, and only contact details we are sure of: a wrong phone
 * number sends a frightened person to the wrong place (or to another scammer),
 * so where a number was not certain the entry gives the body's name and
 * website alone. `how` is plain text (never a link): the report is printed.
 */
export interface ReportPlace {
  name: string;
  /** Website as plain text, phone number, or both. */
  how: string;
}

export const COUNTRY_CODES = [
  'US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'BE', 'AT', 'SG', 'PH', 'IN', 'HK', 'TW', 'JP',
  'KR', 'MY', 'ID', 'TH', 'VN', 'BR', 'MX', 'AE', 'TR',
] as const;

/** A country with its own list, `EU` for other EU members, `OTHER` for everywhere else. */
export type CountryCode = (typeof COUNTRY_CODES)[number] | 'EU' | 'OTHER';

export interface CountryPlaces {
  country: string;
  places: ReportPlace[];
}

/** Always the last entry: the one step that can still stop money leaving. */
export const BANK_OR_EXCHANGE: ReportPlace = {
  name: 'Your bank, card issuer or the crypto exchange you sent money through',
  how: 'Call them at once, on the number on your card or their official app, not one the other person gave you. Ask them to stop or recall the payment and to freeze the receiving account, and give them the wallet addresses and amounts in this report.',
};

const LOCAL_POLICE: ReportPlace = {
  name: 'Your local police',
  how: 'Report it as fraud at a police station or on the police non-emergency line, and ask for a crime reference number. Bring this report.',
};

export const REPORT_PLACES: Record<CountryCode, CountryPlaces> = {
  US: {
    country: 'United States',
    places: [
      { name: 'FBI Internet Crime Complaint Center (IC3)', how: 'ic3.gov' },
      { name: 'Federal Trade Commission', how: 'reportfraud.ftc.gov' },
    ],
  },
  GB: {
    country: 'United Kingdom',
    places: [
      { name: 'Report Fraud (formerly Action Fraud), England, Wales and Northern Ireland', how: '0300 123 2040' },
      { name: 'Police Scotland (in Scotland)', how: '101' },
      { name: 'Stop Scams UK: connects you to your bank’s fraud team', how: '159' },
    ],
  },
  CA: {
    country: 'Canada',
    places: [
      { name: 'Canadian Anti-Fraud Centre', how: 'antifraudcentre-centreantifraude.ca, 1-888-495-8501' },
      LOCAL_POLICE,
    ],
  },
  AU: {
    country: 'Australia',
    places: [
      { name: 'ReportCyber (Australian Cyber Security Centre)', how: 'cyber.gov.au' },
      { name: 'Scamwatch (ACCC)', how: 'scamwatch.gov.au' },
      { name: 'IDCARE: identity and cyber support', how: 'idcare.org, 1800 595 160' },
    ],
  },
  NZ: {
    country: 'New Zealand',
    places: [
      { name: 'New Zealand Police', how: '105 (non-emergency), police.govt.nz' },
      { name: 'Netsafe', how: 'netsafe.org.nz' },
    ],
  },
  IE: {
    country: 'Ireland',
    places: [{ name: 'An Garda Síochána: your local Garda station', how: 'garda.ie' }],
  },
  DE: {
    country: 'Germany',
    places: [
      { name: 'Polizei: the online police station (Onlinewache) of your state', how: 'polizei.de' },
      { name: 'BaFin (financial regulator), for the trading platform', how: 'bafin.de' },
    ],
  },
  FR: {
    country: 'France',
    places: [
      { name: 'Info Escroqueries (police and gendarmerie)', how: '0 805 805 817' },
      { name: 'PHAROS, reporting illegal content online', how: 'internet-signalement.gouv.fr' },
      { name: 'Cybermalveillance.gouv.fr: help for victims', how: 'cybermalveillance.gouv.fr' },
      { name: 'AMF (financial markets authority), for the trading platform', how: 'amf-france.org' },
    ],
  },
  ES: {
    country: 'Spain',
    places: [
      { name: 'Policía Nacional', how: 'policia.es' },
      { name: 'Guardia Civil', how: 'guardiacivil.es' },
      { name: 'INCIBE cybersecurity helpline', how: '017' },
      { name: 'CNMV (securities regulator), for the trading platform', how: 'cnmv.es' },
    ],
  },
  IT: {
    country: 'Italy',
    places: [
      { name: 'Polizia Postale e delle Comunicazioni', how: 'commissariatodips.it' },
      { name: 'Consob (securities regulator), for the trading platform', how: 'consob.it' },
    ],
  },
  NL: {
    country: 'Netherlands',
    places: [
      { name: 'Politie', how: 'politie.nl, 0900-8844' },
      { name: 'Fraudehelpdesk', how: 'fraudehelpdesk.nl' },
      { name: 'AFM (financial markets authority), for the trading platform', how: 'afm.nl' },
    ],
  },
  PT: {
    country: 'Portugal',
    places: [
      { name: 'Polícia Judiciária', how: 'policiajudiciaria.pt' },
      { name: 'CMVM (securities regulator), for the trading platform', how: 'cmvm.pt' },
    ],
  },
  BE: {
    country: 'Belgium',
    places: [
      { name: 'Police: your local police station', how: 'police.be' },
      { name: 'FSMA (financial regulator), for the trading platform', how: 'fsma.be' },
    ],
  },
  AT: {
    country: 'Austria',
    places: [
      { name: 'Bundeskriminalamt cybercrime reporting point', how: 'against-cybercrime@bmi.gv.at' },
      { name: 'FMA (financial market authority), for the trading platform', how: 'fma.gv.at' },
    ],
  },
  SG: {
    country: 'Singapore',
    places: [
      { name: 'ScamShield Helpline', how: '1799' },
      { name: 'Singapore Police Force: police report online', how: 'police.gov.sg' },
    ],
  },
  PH: {
    country: 'Philippines',
    places: [
      { name: 'Cybercrime Investigation and Coordinating Center (CICC)', how: 'Inter-Agency Response Center hotline 1326, cicc.gov.ph' },
      { name: 'PNP Anti-Cybercrime Group', how: 'acg.pnp.gov.ph' },
    ],
  },
  IN: {
    country: 'India',
    places: [{ name: 'National Cyber Crime Reporting Portal', how: 'cybercrime.gov.in, helpline 1930' }],
  },
  HK: {
    country: 'Hong Kong',
    places: [
      { name: 'Anti-Scam Helpline (Hong Kong Police)', how: '18222' },
      { name: 'Hong Kong Police e-Report Centre', how: 'police.gov.hk' },
    ],
  },
  TW: {
    country: 'Taiwan',
    places: [{ name: '165 Anti-Fraud Hotline (National Police Agency)', how: '165, 165.npa.gov.tw' }],
  },
  JP: {
    country: 'Japan',
    places: [
      { name: 'Police consultation line', how: '#9110' },
      { name: 'Consumer hotline', how: '188' },
    ],
  },
  KR: {
    country: 'South Korea',
    places: [
      { name: 'Police', how: '112' },
      { name: 'Cyber crime reporting system (ECRM)', how: 'ecrm.police.go.kr' },
      { name: 'Financial Supervisory Service', how: '1332' },
    ],
  },
  MY: {
    country: 'Malaysia',
    places: [
      { name: 'National Scam Response Centre (NSRC)', how: '997' },
      { name: 'Royal Malaysia Police: check and report scam accounts (Semak Mule)', how: 'semakmule.rmp.gov.my' },
    ],
  },
  ID: {
    country: 'Indonesia',
    places: [
      { name: 'OJK (Financial Services Authority) contact centre', how: '157, ojk.go.id' },
      { name: 'Police cyber crime unit (Patroli Siber)', how: 'patrolisiber.id' },
    ],
  },
  TH: {
    country: 'Thailand',
    places: [
      { name: 'Anti Online Scam Operation Center (AOC)', how: '1441' },
      { name: 'Royal Thai Police online report', how: 'thaipoliceonline.go.th' },
    ],
  },
  VN: {
    country: 'Vietnam',
    places: [{ name: 'Police (Công an): your local police station', how: '113' }],
  },
  BR: {
    country: 'Brazil',
    places: [
      { name: 'Polícia Civil: the online police station (delegacia eletrônica) of your state', how: 'your state’s Polícia Civil website' },
      { name: 'CVM (securities regulator), for the trading platform', how: 'gov.br/cvm' },
    ],
  },
  MX: {
    country: 'Mexico',
    places: [
      { name: 'Guardia Nacional: citizen line and cyber police', how: '088' },
      { name: 'CONDUSEF (financial consumer protection)', how: 'condusef.gob.mx' },
    ],
  },
  AE: {
    country: 'United Arab Emirates',
    places: [
      { name: 'eCrime platform (Dubai Police)', how: 'ecrime.ae' },
      { name: 'Police of your emirate', how: '999' },
    ],
  },
  TR: {
    country: 'Türkiye',
    places: [
      { name: 'Public prosecutor (Cumhuriyet Başsavcılığı) or police', how: 'any prosecutor’s office or police station; 112 in an emergency' },
      { name: 'SPK (Capital Markets Board), for the trading platform', how: 'spk.gov.tr' },
    ],
  },
  EU: {
    country: 'European Union',
    places: [
      LOCAL_POLICE,
      { name: 'Europol: where to report cybercrime in each EU country (“Report a crime”)', how: 'europol.europa.eu' },
    ],
  },
  OTHER: {
    country: 'Any country',
    places: [LOCAL_POLICE],
  },
};

const HAS_OWN_LIST: ReadonlySet<string> = new Set(COUNTRY_CODES);

// EU members without a list of their own fall back to `EU`.
const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

// Spoken across so many countries that the language alone says nothing about where someone is.
const WORLD_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/**
 * The country whose places fit a browser locale ("en-GB", "zh-TW", "pt-BR",
 * POSIX "en_US.UTF-8"). The region decides when there is one; a bare language
 * takes its most likely region from Unicode's likely-subtags data ("ja" is
 * Japan, "pt" Brazil), except English, which is everyone's. Anything unknown or
 * malformed is `OTHER`: this never throws.
 */
export function countryFromLocale(locale: string): CountryCode {
  // POSIX locales: "en_US.UTF-8", "de_AT@euro".
  const cut = locale.search(/[.@]/);
  const tag = (cut < 0 ? locale : locale.slice(0, cut)).trim().replaceAll('_', '-');
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag);
  } catch {
    return 'OTHER';
  }
  let region = parsed.region;
  if (region === undefined) {
    if (WORLD_LANGUAGES.has(parsed.language)) return 'OTHER';
    region = parsed.maximize().region;
  }
  // A numeric region ("es-419", Latin America) names no single country.
  if (region === undefined || !/^[A-Z]{2}$/.test(region)) return 'OTHER';
  if (HAS_OWN_LIST.has(region)) return region as CountryCode;
  return EU_MEMBERS.has(region) ? 'EU' : 'OTHER';
}

/** The places for a country, then the bank or exchange, always last. */
export function placesFor(code: CountryCode): CountryPlaces {
  // Codes arrive from stored settings and command lines too, not only from typed code.
  if (!Object.hasOwn(REPORT_PLACES, code)) throw new Error(`No report places for country code "${code}"; use one of ${Object.keys(REPORT_PLACES).join(', ')}.`);
  const { country, places } = REPORT_PLACES[code];
  return { country, places: [...places, BANK_OR_EXCHANGE] };
}
