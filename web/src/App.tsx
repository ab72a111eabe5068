/** The app shell: header (navigation, language and script toggles), the routed page, the footer with the map's source. */
import { useState, type FormEvent } from 'react';
import { DisplayProvider, useDisplay } from './display.tsx';
import { ClusterPage } from './pages/ClusterPage.tsx';
import { DocumentPage } from './pages/DocumentPage.tsx';
import { EntityPage } from './pages/EntityPage.tsx';
import { IndustryPage } from './pages/IndustryPage.tsx';
import { MapPage } from './pages/MapPage.tsx';
import { RegionPage } from './pages/RegionPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { UploadPage } from './pages/UploadPage.tsx';
import { href, useRoute, type Route } from './route.ts';

const REGION = /^\d{6}$/;

function Page({ route }: { route: Route }) {
  const [head, a, b] = route.parts;
  const num = (k: string) => (route.query.get(k) === null ? undefined : Number(route.query.get(k)));
  switch (head) {
    case undefined: {
      const p = route.query.get('province');
      return <MapPage province={p && REGION.test(p) ? p : null} industry={route.query.get('industry')} />;
    }
    case 'cluster': return <ClusterPage region={a} industry={b} />;
    case 'region': return <RegionPage code={a} />;
    case 'industry': return <IndustryPage id={a} />;
    case 'entity': return <EntityPage id={a} />;
    case 'doc': return <DocumentPage id={a} focusStart={num('s')} focusEnd={num('e')} />;
    case 'search': return <SearchPage query={route.query} />;
    case 'upload': return <UploadPage />;
    default: return <NotFound />;
  }
}

function NotFound() {
  const { t } = useDisplay();
  return <p className="error" data-testid="not-found">{t('notFound')}</p>;
}

function Shell() {
  const route = useRoute();
  const { t, lang, setLang, traditional, setTraditional } = useDisplay();
  const [q, setQ] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) location.hash = href('/search', { q: q.trim() });
  };
  return (
    <>
      <header>
        <a href="#/" className="brand">{t('title')}</a>
        <nav>
          <a href="#/">{t('map')}</a>
          <a href="#/search">{t('search')}</a>
          <a href="#/upload">{t('upload')}</a>
        </nav>
        <form onSubmit={submit} className="quick-search">
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('query')} aria-label={t('search')} />
        </form>
        <span className="toggles">
          <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-toggle">{lang === 'zh' ? 'EN' : '中文'}</button>
          <button type="button" onClick={() => setTraditional(!traditional)} data-testid="script-toggle">{traditional ? t('simplified') : t('traditional')}</button>
        </span>
      </header>
      <main key={route.parts.join('/')}>
        <Page route={route} />
      </main>
      <footer>{t('footer')}</footer>
    </>
  );
}

/** The whole UI. */
export function App() {
  return (
    <DisplayProvider>
      <Shell />
    </DisplayProvider>
  );
}
