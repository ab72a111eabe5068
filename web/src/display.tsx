/**
 * Display settings: UI language and Simplified/Traditional script. The Traditional converter
 * (opencc-js cn2t) is loaded lazily the first time it is asked for.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { tr, type Key, type Lang } from './i18n.ts';
import { displayName } from './labels.ts';

interface Display {
  lang: Lang;
  setLang(l: Lang): void;
  traditional: boolean;
  setTraditional(t: boolean): void;
  /** A UI string. */
  t(key: Key): string;
  /** Document text in the chosen script. */
  d(text: string | null | undefined): string;
  /** A region or industry name: English (`nameEn`) when English is chosen and known, else the Chinese in the chosen script. */
  n(zh: string | null | undefined, en: string | null | undefined): string;
}

const Ctx = createContext<Display | null>(null);

/** Provide display settings (remembered in localStorage). */
export function DisplayProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem('atlas.lang') === 'en' ? 'en' : 'zh'));
  const [traditional, setTrad] = useState(() => localStorage.getItem('atlas.script') === 't');
  const [conv, setConv] = useState<((s: string) => string) | null>(null);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? (traditional ? 'zh-Hant' : 'zh-CN') : 'en';
  }, [lang, traditional]);
  useEffect(() => {
    if (!traditional || conv) return;
    let live = true;
    import('opencc-js/cn2t').then((m: any) => {
      const c = (m.Converter ?? m.default?.Converter)({ from: 'cn', to: 'tw' });
      if (live) setConv(() => c);
    });
    return () => {
      live = false;
    };
  }, [traditional, conv]);
  const setLang = (l: Lang) => {
    localStorage.setItem('atlas.lang', l);
    setLangState(l);
  };
  const setTraditional = (v: boolean) => {
    localStorage.setItem('atlas.script', v ? 't' : 's');
    setTrad(v);
  };
  const d = useCallback((s: string | null | undefined) => (s == null ? '' : traditional && conv ? conv(s) : s), [traditional, conv]);
  const t = useCallback((k: Key) => d(tr(lang, k)), [lang, d]);
  const n = useCallback((zh: string | null | undefined, en: string | null | undefined) => (lang === 'en' && en ? displayName('', en, lang) : d(zh)), [lang, d]);
  return <Ctx.Provider value={{ lang, setLang, traditional, setTraditional, t, d, n }}>{children}</Ctx.Provider>;
}

/** The display settings. */
export function useDisplay(): Display {
  const v = useContext(Ctx);
  if (!v) throw new Error('Expected a DisplayProvider above, got none');
  return v;
}
