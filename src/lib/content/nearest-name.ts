/**
 * The name a mistyped one was most likely meant to be (`Vidoe` → `Video`, `publshDate` →
 * `publishDate`), for "did you mean" hints; none when nothing is close.
 */
export function nearestName<Name extends string>(typed: string, names: readonly Name[]): Name | undefined {
  const wanted = typed.toLowerCase();
  let best: { name: Name; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(wanted, name.toLowerCase());
    // Close means a couple of typing slips, and fewer than half the letters changed.
    if (distance > 2 || distance * 2 >= Math.max(wanted.length, name.length)) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}

/** Edits between two words: a letter added, removed, changed, or two neighbours swapped ("Vidoe"). */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: edits between the first i letters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = distance;
    }
  }
  return at(a.length, b.length);
}
