/**
 * Which items of a worker request are analyzed together (`analyzeMany`): runs of small items, so that
 * extraction runs stage by stage over many short documents (~30 % less CPU) while a large item, or one
 * that must run alone (it was in a group that timed out or crashed its worker), keeps its own timing.
 */

/** Limits of one group. */
export interface GroupLimits {
  /** Most items in a group. */
  readonly size: number;
  /** An item with a larger payload (bytes) is always alone. */
  readonly itemBytes: number;
  /** Most payload bytes in a group. */
  readonly bytes: number;
}

/**
 * Default limits: 32 documents (stage by stage over 16 takes most of the gain, 32 a little more:
 * BENCHMARKS.md, "Extraction speed, 2026-12-03 (X1)"); items up to 64 KiB, 512 KiB a group, so that a
 * group is analyzed in well under a second and its first item's timer is not stretched.
 */
export const GROUP_LIMITS: GroupLimits = Object.freeze({ size: 32, itemBytes: 64 * 1024, bytes: 512 * 1024 });

/** One item as grouping sees it. */
export interface GroupItem {
  /** Payload bytes. */
  readonly bytes: number;
  /** The item must be analyzed on its own. */
  readonly alone: boolean;
}

/**
 * The sizes of consecutive groups covering `items` in order (they sum to `items.length`).
 * @example groupSizes([{ bytes: 9, alone: false }, { bytes: 9, alone: false }, { bytes: 9, alone: true }]) // [2, 1]
 */
export function groupSizes(items: readonly GroupItem[], limits: GroupLimits = GROUP_LIMITS): number[] {
  const sizes: number[] = [];
  let size = 0;
  let bytes = 0;
  const close = () => {
    if (size) sizes.push(size);
    size = 0;
    bytes = 0;
  };
  for (const it of items) {
    if (it.alone || it.bytes > limits.itemBytes) {
      close();
      sizes.push(1);
      continue;
    }
    if (size === limits.size || (size && bytes + it.bytes > limits.bytes)) close();
    size++;
    bytes += it.bytes;
  }
  close();
  return sizes;
}
