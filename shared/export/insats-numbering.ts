// One number per insats: the catalogue document's headings are numbered from the insatser's own numbers (the
// municipality's, "3.2.1 Anhörigstöd vid beroende", kept from the imported document), so the document, the
// protokollsutdrag, the public text and the CSV all say the same. A number is kept when it fits its place in the
// document (below its chapter and group, after the prose chapters, not used twice); an insats without one, or
// with one that does not fit, takes the next free number in its group.

/** The document's outline: chapters (a sektor, or the one förteckning chapter) → sections (an enhet or a kategori) → insatser. */
export interface NumberingChapter<T> {
  sections: Array<{ insatser: T[] }>;
}

export interface NumberedSection<T> {
  number: string;
  insatser: Array<{ number: string; insats: T }>;
}

export interface NumberedChapter<T> {
  number: string;
  sections: Array<NumberedSection<T> & { index: number }>;
  index: number;
}

/** "3.2.1" or "3.2.1." → [3, 2, 1]; anything else → null. */
export function numberParts(nummer: string | null | undefined): number[] | null {
  const m = /^\s*(\d{1,4}(?:\.\d{1,4})*)\.?\s*$/.exec(nummer ?? '');
  return m ? m[1].split('.').map(Number) : null;
}

/** The value every given one agrees on, or null when they differ or there are none. */
function agreed(values: ReadonlyArray<number | undefined>): number | null {
  const v = values.filter((x): x is number => x !== undefined);
  return v.length > 0 && v.every((x) => x === v[0]) ? v[0] : null;
}

/** Keeps each stored number that is ≥ minimum and not taken; the others get the next numbers after the highest. */
function assign(stored: ReadonlyArray<number | null>, minimum: number): number[] {
  const used = new Set<number>();
  const kept = stored.map((s) => {
    if (s === null || s < minimum || used.has(s)) return null;
    used.add(s);
    return s;
  });
  let next = Math.max(minimum - 1, ...used);
  return kept.map((n) => n ?? ++next);
}

const byNumber = <X extends { n: number }>(a: X, b: X) => a.n - b.n;

/**
 * Numbers the outline, each level in the order of its numbers. `firstChapter` is the first chapter after the
 * document's prose chapters; `nummerOf` gives an insats's own number.
 */
export function numberOutline<T>(
  chapters: ReadonlyArray<NumberingChapter<T>>,
  firstChapter: number,
  nummerOf: (insats: T) => string | null | undefined,
): NumberedChapter<T>[] {
  const partsOf = (insats: T) => {
    const p = numberParts(nummerOf(insats));
    return p && p.length === 3 ? p : null;
  };
  const chapterNos = assign(
    chapters.map((c) => agreed(c.sections.flatMap((s) => s.insatser.map((i) => partsOf(i)?.[0])))),
    firstChapter,
  );
  return chapters
    .map((chapter, ci) => {
      const cn = chapterNos[ci];
      const inChapter = (i: T) => {
        const p = partsOf(i);
        return p && p[0] === cn ? p : null;
      };
      const sectionNos = assign(
        chapter.sections.map((s) => agreed(s.insatser.map((i) => inChapter(i)?.[1]))),
        1,
      );
      const sections = chapter.sections
        .map((section, si) => {
          const sn = sectionNos[si];
          const insatsNos = assign(
            section.insatser.map((i) => {
              const p = inChapter(i);
              return p && p[1] === sn ? p[2] : null;
            }),
            1,
          );
          const insatser = section.insatser
            .map((insats, ii) => ({ n: insatsNos[ii], insats }))
            .sort(byNumber)
            .map(({ n, insats }) => ({ number: `${cn}.${sn}.${n}`, insats }));
          return { n: sn, index: si, number: `${cn}.${sn}`, insatser };
        })
        .sort(byNumber)
        .map(({ n: _n, ...rest }) => rest);
      return { n: cn, index: ci, number: `${cn}`, sections };
    })
    .sort(byNumber)
    .map(({ n: _n, ...rest }) => rest);
}
