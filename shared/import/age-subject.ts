// Whose age is it? "Föräldrar med barn 0–6 år" states the child's age, not the participant's, and a
// villkor on "Barn upp till 18 år" in an insats for both barn and föräldrar does not limit the parents.

/** The age phrase at `index` describes someone the participant has (a child), not the participant. */
const OTHER_PERSON_BEFORE = /(?:med|till|vars|för|har)\s+(?:\p{L}+\s+){0,2}(?:barn|ungdomar|tonåringar|barnet)\s*(?:i\s+åldr(?:arna|en)\s*)?\(?\s*$/iu;

export function ageBelongsToOther(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  return OTHER_PERSON_BEFORE.test(before);
}

const CHILD_SUBJECT = /^(?:placerat|placerade|det\s+placerade)?\s*barn(?:et|en)?\b(?!\s+och\s+unga)/iu;
const PARENTS_TAKE_PART = /^föräldrar\b|\boch\s+föräldrar\b|\bföräldrar\s+och\b|\bvårdnadshavare\s+och\b/iu;

/**
 * A villkor about a child's age is an age limit only when the participants are the children. When the
 * målgrupp names parents as participants, the age is a villkor of another kind (about the child).
 */
export function villkorAgeIsAboutChildOfParticipant(villkorText: string, malgrupp: string): boolean {
  return CHILD_SUBJECT.test(villkorText.trim()) && PARENTS_TAKE_PART.test(malgrupp.trim());
}
