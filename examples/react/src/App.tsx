// The citizen's journey in one React component: find a procedure, apply online, keep the receipt.
// The app holds the state (language, chosen procedure, receipt); the elements do the rest and talk
// to the backend at /api/v1 on this origin through <dvc-config>.
import { useEffect, useRef, useState } from 'react';
import type { Lang, Receipt } from '@dvc/core';
import type { DvcProcedureSelectedEvent, ProcedureSelectedDetail } from '@dvc/procedure-finder';
import type { DvcDossierSubmittedEvent } from '@dvc/service-form';
import { PAY_HREF, appTexts, onlineClassOf, trackHref } from '../../citizen-app.js';
import { DvcConfig, DvcDossierReceipt, DvcProcedureFinder, DvcServiceForm } from './dvc-elements-react.js';

const texts = appTexts('React');

export function App() {
  const [lang, setLang] = useState<Lang>('vi');
  const [procedure, setProcedure] = useState<ProcedureSelectedDetail | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const submittedHeading = useRef<HTMLHeadingElement>(null);
  const t = texts[lang];

  useEffect(() => {
    document.title = receipt ? `${t.submitted} ${receipt.dossierCode}` : t.title;
  }, [receipt, t]);
  // The form that had the focus is gone: the receipt's heading takes it, so a screen reader reads on.
  useEffect(() => {
    if (receipt) submittedHeading.current?.focus();
  }, [receipt]);

  // "Nộp hồ sơ trực tuyến" in the finder: open the form here instead of going to another page.
  const onProcedureSelected = (event: DvcProcedureSelectedEvent) => {
    event.preventDefault();
    setReceipt(null);
    setProcedure(event.detail);
  };
  const onDossierSubmitted = (event: DvcDossierSubmittedEvent) => setReceipt(event.detail.receipt);
  const restart = () => {
    setProcedure(null);
    setReceipt(null);
  };

  return (
    <DvcConfig baseUrl="/api/v1" lang={lang}>
      <header className="site-header">
        <div className="container site-header__inner">
          <span className="brand">
            <span className="brand__emblem" aria-hidden="true">★</span>
            <span className="brand__title">{t.title}</span>
          </span>
          <div role="group" aria-label="Ngôn ngữ / Language" className="nav">
            <button type="button" aria-pressed={lang === 'vi'} onClick={() => setLang('vi')}>Tiếng Việt</button>
            <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')}>English</button>
          </div>
        </div>
      </header>

      <main className="container">
        {procedure && (
          <p className="status" id="chosen">
            {t.chosen}: <strong>{procedure.code}</strong> — {procedure.name}
          </p>
        )}

        {!procedure && (
          <section aria-labelledby="find">
            <h1 id="find">{t.find}</h1>
            <DvcProcedureFinder noUrlState pageSize={10} onProcedureSelected={onProcedureSelected} />
          </section>
        )}

        {procedure && !receipt && (
          <section aria-label={procedure.name}>
            <h1>{procedure.name}</h1>
            <p><button type="button" onClick={restart}>{t.other}</button></p>
            <DvcServiceForm
              procedure={procedure.code}
              payHref={PAY_HREF}
              onDossierSubmitted={onDossierSubmitted}
            />
          </section>
        )}

        {procedure && receipt && (
          <section aria-labelledby="submitted" className="receipt">
            <h1 id="submitted" tabIndex={-1} ref={submittedHeading}>
              {t.submitted} <output id="dossier-code">{receipt.dossierCode}</output>
            </h1>
            <DvcDossierReceipt
              receipt={receipt}
              onlineClass={onlineClassOf(procedure.onlineClasses)}
              payHref={PAY_HREF}
            />
            <p className="panel">
              <a href={trackHref(receipt)}>{t.track}</a>
              {' · '}
              <button type="button" onClick={restart}>{t.again}</button>
            </p>
          </section>
        )}
      </main>
    </DvcConfig>
  );
}
