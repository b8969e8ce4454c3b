import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message, Verdict } from '../../src/engine/types.ts';
import { buildEvidence } from '../../src/report/evidence.ts';
import { EvidenceReport } from '../../src/report/EvidenceReport.tsx';
import { type CountryCode, countryFromLocale, REPORT_PLACES } from '../../src/report/places.ts';

// The evidence report of a warned conversation, opened from the warning. The conversation
// comes from the background under the token in this page's address; the report is made
// here, on this device, and leaves it only if the person prints or saves it.

type Data = { ok: true; site: string; at: number; messages: Message[]; verdict: Verdict } | { ok: false; error: string };

function ReportPage() {
  const [data, setData] = useState<Data | null>(null);
  const [country, setCountry] = useState<CountryCode>(() => countryFromLocale(navigator.language));
  const [redact, setRedact] = useState(false);
  useEffect(() => {
    const token = location.hash.slice(1);
    browser.runtime
      .sendMessage({ type: 'redflag:report-data', token })
      .then((reply) => setData((reply as Data | undefined) ?? { ok: false, error: 'RedFlag did not answer.' }))
      .catch((e: unknown) => setData({ ok: false, error: (e as Error).message }));
  }, []);
  const report = useMemo(
    () =>
      data?.ok
        ? buildEvidence({ title: `Conversation on ${data.site}`, messages: data.messages, verdict: data.verdict, source: data.site, createdAt: new Date(), country, redact })
        : null,
    [data, country, redact],
  );
  if (!data) return <p class="loading">Preparing the report…</p>;
  if (!data.ok || !report) return <p role="alert">{data.ok ? 'The report could not be made.' : data.error}</p>;
  return (
    <>
      <header class="choices">
      <form aria-label="Report options" onSubmit={(e) => e.preventDefault()}>
        <label>
          Where you live{' '}
          <select value={country} onChange={(e) => setCountry(e.currentTarget.value as CountryCode)}>
            {Object.entries(REPORT_PLACES).map(([code, c]) => (
              <option key={code} value={code}>
                {c.country}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.currentTarget.checked)} /> Hide names, phone numbers and handles (for sharing
          in public; the police need them)
        </label>
      </form>
      </header>
      <EvidenceReport report={report} onPrint={() => window.print()} />
    </>
  );
}

const style = document.createElement('style');
style.textContent = `
  .choices { max-width: 60rem; margin: 1rem auto 0; padding: 0.75rem 1.25rem; font: 16px/1.5 system-ui, sans-serif; border: 1px solid #bbb; border-radius: 8px; }
  .choices form { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; }
  .choices select, .choices input { font: inherit; }
  .loading, [role="alert"] { font: 18px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; }
  @media print { .choices { display: none; } }
`;
document.head.append(style);
render(<ReportPage />, document.getElementById('app')!);
