/** Upload by drag and drop (or a file picker) with upload progress, ingest progress and per-file errors. */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useDisplay } from '../display.tsx';
import type { Key } from '../i18n.ts';
import { href } from '../route.ts';

/** Job and file statuses the API reports, as UI strings. */
const STATUS: Readonly<Record<string, Key>> = {
  running: 'running', finished: 'finished', failed: 'failed', pending: 'queued', mixed: 'mixed', stored: 'stored', duplicate: 'duplicate', rejected: 'rejected',
};

interface JobFile { name: string; bytes: number; status: string; docIds: string[]; errors: { code: string; message: string }[] }
interface Job { id: string; status: string; files: JobFile[]; progress: { items: number; stored: number; duplicates: number; rejected: number; bytes: number; totalBytes: number }; error: string | null }

/** The upload page. */
export function UploadPage() {
  const { t, d } = useDisplay();
  const [token, setToken] = useState(() => sessionStorage.getItem('atlas.token') ?? '');
  const [files, setFiles] = useState<File[]>([]);
  const [sent, setSent] = useState(0);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!job || job.status !== 'running') return;
    const timer = setTimeout(async () => {
      const r = await fetch(`/api/ingest/${job.id}`);
      if (r.ok) setJob(await r.json());
    }, 400);
    return () => clearTimeout(timer);
  }, [job]);

  const upload = () => {
    if (!files.length) return;
    sessionStorage.setItem('atlas.token', token);
    setError(null);
    setJob(null);
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/ingest');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && setSent(e.loaded / e.total);
    xhr.onload = () => {
      let body: any = {};
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 202) {
        setJob(body);
        setFiles([]);
      } else setError(xhr.status === 401 ? t('badToken') : xhr.status === 413 ? t('tooLarge') : body.message ?? `HTTP ${xhr.status}`);
    };
    xhr.onerror = () => setError(t('networkError'));
    xhr.send(form);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    setFiles([...files, ...Array.from(e.dataTransfer.files)]);
  };
  const status = (s: string) => (Object.hasOwn(STATUS, s) ? t(STATUS[s]) : s);
  const pct = job ? Math.round((100 * job.progress.bytes) / Math.max(1, job.progress.totalBytes)) : 0;
  return (
    <div className="upload-page">
      <label>{t('token')} <input type="password" value={token} onChange={(e) => setToken(e.target.value)} data-testid="token" autoComplete="off" /></label>
      <p className="none">{t('tokenHint')}</p>
      <div
        className={`dropzone${over ? ' over' : ''}`} data-testid="dropzone"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop}
        onClick={() => input.current?.click()} role="button" tabIndex={0}
      >
        {t('dropHere')}
        <input ref={input} type="file" multiple hidden data-testid="file-input" onChange={(e) => setFiles([...files, ...Array.from(e.target.files ?? [])])} />
      </div>
      <ul>{files.map((f, i) => <li key={i}>{f.name} <small>{f.size} B</small></li>)}</ul>
      <button type="button" onClick={upload} disabled={!files.length} data-testid="upload-button">{t('send')}</button>
      {sent > 0 && <p>{t('progress')}: <progress value={sent} max={1} /> {Math.round(sent * 100)}%</p>}
      {error && <p className="error" data-testid="upload-error">{error}</p>}
      {job && (
        <section data-testid="job" data-status={job.status}>
          <p data-testid="job-status">{status(job.status)} · <progress value={pct} max={100} /> {pct}% · {t('stored')} {job.progress.stored} · {t('duplicate')} {job.progress.duplicates} · {t('rejected')} {job.progress.rejected}</p>
          {job.error && <p className="error">{job.error}</p>}
          <ul data-testid="job-files">
            {job.files.map((f, i) => (
              <li key={i} data-status={f.status}>
                {f.name}: <strong>{status(f.status)}</strong>
                {f.docIds.map((id) => <a key={id} href={href(`/doc/${id}`)} className="chip">{id.slice(0, 8)}</a>)}
                {f.errors.map((e, j) => <span key={j} className="error"> {e.code}: {d(e.message)}</span>)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
