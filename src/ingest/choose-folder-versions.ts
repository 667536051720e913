/**
 * Folders of versions: when one seed run holds two files that are versions of the same
 * agreement (same document numbers, or same parties and signing date), loading both in turn
 * would store whichever came last and call the other UNCHANGED or UPDATED depending on the run.
 * This decides, before anything is written, which one is kept, by a stated rule:
 *
 *   the later signing date wins; on the same (or no) date, the later file name wins.
 *
 * The same folder therefore stores the same version on every run, and the report names the clash.
 * Pure: the keys come from parsing (or from the graph for files already loaded).
 */

export interface FolderDocument {
  /** The file's path as listed (its identity in the run). */
  readonly file: string;
  /** Its name without folders, as the rule compares it and the report shows it. */
  readonly name: string;
  readonly contentHash: string;
  readonly numbersKey: string | null;
  /** Each document number's key: same parties and date with numbers in common only (see below). */
  readonly numberKeys: readonly string[];
  readonly partiesDateKey: string | null;
  /** ISO date or null. */
  readonly signedOn: string | null;
  /** What a person calls the agreement: its first number as printed, else "parties and date". */
  readonly label: string;
}

export interface VersionClash {
  /** Every file of the group, kept one first, then the others by the rule. */
  readonly files: readonly string[];
  readonly kept: string;
  readonly message: string;
}

export interface FolderVersionChoice {
  /** Files not to load because another file of the run is a later version of the same agreement. */
  readonly superseded: ReadonlyMap<string, VersionClash>;
  readonly clashes: readonly VersionClash[];
}

/** Later signing date first (a missing date counts as earliest), then later file name first. */
function compareVersions(a: FolderDocument, b: FolderDocument): number {
  const da = a.signedOn ?? '';
  const db = b.signedOn ?? '';
  if (da !== db) return da < db ? 1 : -1;
  if (a.name !== b.name) return a.name < b.name ? 1 : -1;
  return a.file < b.file ? 1 : a.file > b.file ? -1 : 0;
}

export function chooseFolderVersions(docs: readonly FolderDocument[]): FolderVersionChoice {
  // Union-find over the documents, joined as the graph joins versions (chooseAgreementMatch): the
  // same numbers; or the same parties and date, unless both carry numbers and share none (two
  // agreements between the same bodies on one day are kept apart).
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  const byNumbers = new Map<string, number>();
  const byPartiesDate = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.numbersKey) {
      const j = byNumbers.get(d.numbersKey);
      if (j === undefined) byNumbers.set(d.numbersKey, i);
      else join(i, j);
    }
    if (d.partiesDateKey) {
      const earlier = byPartiesDate.get(d.partiesDateKey) ?? [];
      for (const j of earlier) {
        const other = docs[j]!;
        const bothNumbered = d.numberKeys.length > 0 && other.numberKeys.length > 0;
        if (!bothNumbered || d.numberKeys.some((k) => other.numberKeys.includes(k))) join(i, j);
      }
      byPartiesDate.set(d.partiesDateKey, [...earlier, i]);
    }
  });
  const groups = new Map<number, FolderDocument[]>();
  docs.forEach((d, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), d]);
  });

  const superseded = new Map<string, VersionClash>();
  const clashes: VersionClash[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(compareVersions);
    const kept = ordered[0]!;
    const others = ordered.slice(1);
    const sameText = others.every((d) => d.contentHash === kept.contentHash);
    const names = ordered.map((d) => d.name).join(' and ');
    const message = sameText
      ? `${names} are copies of the same document (${kept.label}); kept ${kept.name}`
      : `${names} are versions of ${kept.label}; kept ${kept.name} (rule: the later signing date, then the later file name)`;
    const clash = { files: ordered.map((d) => d.file), kept: kept.file, message };
    clashes.push(clash);
    for (const d of others) superseded.set(d.file, clash);
  }
  return { superseded, clashes };
}
