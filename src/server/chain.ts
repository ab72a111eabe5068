/**
 * An industry's chain in a region: the taxonomy (data/industries) places some industries in their
 * parent's chain as upstream, midstream, downstream, component or service; this lists the chain an
 * industry heads (or, for a member, the one it belongs to) with the region's documents on each member,
 * so a member with none shows as a gap (缺链环节), what investment-promotion bureaus call 补链 targets.
 */
import { taxonomy, type Industry } from '../extract/industries/taxonomy.ts';
import type { Db } from '../store/db.ts';
import { industryDocCounts, industryEn } from '../store/queries/index.ts';

/** Chain roles, in the order a chain is read. */
export const CHAIN_ROLES = ['upstream', 'midstream', 'downstream', 'component', 'service'] as const;

/** One member of a chain with its documents in the region. */
export interface ChainMember {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string | null;
  readonly role: (typeof CHAIN_ROLES)[number];
  readonly documents: number;
}

/** The chain an industry heads or belongs to. */
export interface IndustryChain {
  /** The industry heading the chain, with its own documents in the region. */
  readonly head: { readonly id: string; readonly name: string; readonly nameEn: string | null; readonly documents: number };
  /** The industry asked about (the head or one of its members). */
  readonly focus: string;
  readonly region: string | null;
  /** Members by role order, then name; empty when the taxonomy gives the industry no chain. */
  readonly members: ChainMember[];
}

let membersOf: Map<string, Industry[]> | undefined;

/** Chain members per heading industry, from the taxonomy, built once. */
function chainMembers(): Map<string, Industry[]> {
  if (membersOf) return membersOf;
  membersOf = new Map();
  for (const i of taxonomy().list) {
    if (!i.parent || !(CHAIN_ROLES as readonly string[]).includes(i.chainRole)) continue;
    const list = membersOf.get(i.parent) ?? [];
    list.push(i);
    membersOf.set(i.parent, list);
  }
  return membersOf;
}

/**
 * The chain of `industryId` with document counts in `region` (everywhere when absent); null for an id
 * the taxonomy lacks.
 * @example await industryChain(db, 'lithium-batteries', '510000') // head 锂电池, members 锂资源 (upstream, 2) …
 */
export async function industryChain(db: Db, industryId: string, region?: string): Promise<IndustryChain | null> {
  const { byId } = taxonomy();
  const asked = byId.get(industryId);
  if (!asked) return null;
  // A chain member (液压系统, a component of 工程机械) shows its head's chain; an industry that merely sits under
  // a sector with a chain of its own (能源装备 under 装备制造, whose components are 模具 …) shows none.
  const isMember = (CHAIN_ROLES as readonly string[]).includes(asked.chainRole);
  const head = !chainMembers().has(asked.id) && isMember && asked.parent && chainMembers().has(asked.parent) ? byId.get(asked.parent)! : asked;
  const members = chainMembers().get(head.id) ?? [];
  const counts = await industryDocCounts(db, [head.id, ...members.map((m) => m.id)], region);
  const order = (r: string) => (CHAIN_ROLES as readonly string[]).indexOf(r);
  return {
    head: { id: head.id, name: head.name, nameEn: industryEn(head.id), documents: counts.get(head.id) ?? 0 },
    focus: asked.id,
    region: region ?? null,
    members: members
      .map((m) => ({ id: m.id, name: m.name, nameEn: industryEn(m.id), role: m.chainRole as ChainMember['role'], documents: counts.get(m.id) ?? 0 }))
      .sort((a, b) => order(a.role) - order(b.role) || a.name.localeCompare(b.name, 'zh')),
  };
}
