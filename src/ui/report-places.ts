/**
 * Where a victim reports an investment scam, by country (ISO 3166-1 alpha-2). Names of
 * agencies, web addresses and phone numbers are proper names: they are shown as they are,
 * in every interface language. Bundled: the extension fetches nothing.
 */
export interface ReportPlace {
  name: string;
  contact: string;
}

const EU_GENERAL: ReportPlace = { name: 'Europol', contact: 'europol.europa.eu/report-a-crime' };

export const REPORT_PLACES: Readonly<Record<string, readonly ReportPlace[]>> = {
  US: [
    { name: 'FBI Internet Crime Complaint Center', contact: 'ic3.gov' },
    { name: 'Federal Trade Commission', contact: 'reportfraud.ftc.gov' },
  ],
  GB: [{ name: 'Report Fraud (formerly Action Fraud)', contact: 'actionfraud.police.uk · 0300 123 2040' }],
  CA: [{ name: 'Canadian Anti-Fraud Centre', contact: 'antifraudcentre-centreantifraude.ca · 1-888-495-8501' }],
  AU: [
    { name: 'Scamwatch', contact: 'scamwatch.gov.au' },
    { name: 'ReportCyber', contact: 'cyber.gov.au' },
  ],
  NZ: [{ name: 'Netsafe', contact: 'netsafe.org.nz · 0508 638 723' }],
  IE: [{ name: 'An Garda Síochána', contact: 'garda.ie' }],
  DE: [{ name: 'Polizei (Onlinewache)', contact: 'polizei.de' }],
  FR: [
    { name: 'Info Escroqueries', contact: '0 805 805 817' },
    { name: 'Pharos', contact: 'internet-signalement.gouv.fr' },
  ],
  ES: [{ name: 'Policía Nacional / Guardia Civil', contact: 'policia.es · guardiacivil.es' }],
  IT: [{ name: 'Polizia Postale', contact: 'commissariatodips.it' }],
  NL: [{ name: 'Fraudehelpdesk', contact: 'fraudehelpdesk.nl · 088 786 73 72' }],
  SG: [
    { name: 'ScamShield Helpline', contact: '1799' },
    { name: 'Singapore Police Force', contact: 'police.gov.sg/i-witness' },
  ],
  MY: [{ name: 'National Scam Response Centre', contact: '997' }],
  PH: [{ name: 'Cybercrime Investigation and Coordinating Center', contact: 'hotline 1326 · cicc.gov.ph' }],
  IN: [{ name: 'National Cyber Crime Reporting Portal', contact: 'cybercrime.gov.in · helpline 1930' }],
  HK: [{ name: 'Anti-Deception Coordination Centre', contact: 'Anti-Scam Helpline 18222' }],
  TW: [{ name: '165 Anti-Fraud Hotline', contact: '165' }],
  JP: [
    { name: 'Police consultation line', contact: '#9110' },
    { name: 'Consumer hotline', contact: '188' },
  ],
  KR: [
    { name: 'Police', contact: '112' },
    { name: 'Financial Supervisory Service', contact: '1332' },
  ],
  TH: [{ name: 'Anti Online Scam Operation Center', contact: '1441' }],
  BR: [{ name: 'Polícia Civil (delegacia eletrônica)', contact: 'gov.br' }],
};

/** The countries with their own list, for the settings page's choice. */
export const REPORT_COUNTRIES: readonly string[] = Object.keys(REPORT_PLACES);

/** Where to report for `country`; a general list when the country is not set or not listed. */
export function reportPlaces(country: string | null): readonly ReportPlace[] {
  return (country ? REPORT_PLACES[country] : undefined) ?? [...(REPORT_PLACES.US ?? []), ...(REPORT_PLACES.GB ?? []), EU_GENERAL];
}
