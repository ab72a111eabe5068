/**
 * An industry's chain (upstream → midstream → downstream, components, services; from the taxonomy) with
 * the documents of the region on each member. A member without documents is drawn as a gap: what the
 * news shows the region lacks, the 补链 targets an analyst looks for.
 */
import { get, type IndustryChain } from '../api.ts';
import { useDisplay } from '../display.tsx';
import type { Key } from '../i18n.ts';
import { href } from '../route.ts';
import { useApi } from '../useApi.ts';

const ROLE_KEYS: Readonly<Record<string, Key>> = {
  upstream: 'upstream', midstream: 'midstream', downstream: 'downstream', component: 'component', service: 'service',
};

/** Props: the industry and, for a cluster, its region (else the chain is counted nationwide). */
export function Chain({ industry, region }: { industry: string; region?: string }) {
  const { t, n } = useDisplay();
  const r = useApi(() => get<IndustryChain>('/api/chain', { industry, region }), `${industry}|${region}`);
  const x = r.data;
  if (!x || x.members.length === 0) return null;
  const link = (id: string) => (region ? href(`/cluster/${region}/${id}`) : href(`/industry/${id}`));
  const roles = [...new Set(x.members.map((m) => m.role))];
  const gaps = x.members.filter((m) => m.documents === 0).length;
  return (
    <section className="chain" data-testid="chain">
      <h3>{t('chain')} · <a href={link(x.head.id)}>{n(x.head.name, x.head.nameEn)}</a> <small data-testid="chain-gaps">{t('gaps')} {gaps}/{x.members.length}</small></h3>
      <div className="chain-roles">
        {roles.map((role) => (
          <div key={role} className="chain-role" data-role={role}>
            <h4>{Object.hasOwn(ROLE_KEYS, role) ? t(ROLE_KEYS[role]) : role}</h4>
            <ul>
              {x.members.filter((m) => m.role === role).map((m) => (
                <li key={m.id} className={`${m.documents === 0 ? 'gap' : 'present'}${m.id === x.focus ? ' focus' : ''}`} data-id={m.id}>
                  <a href={link(m.id)}>{n(m.name, m.nameEn)}</a> <span className="count">{m.documents === 0 ? t('gap') : m.documents}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
