// A locked version tells how to change the insats without naming a button that is not there: the
// "Ändra (ny version)" button is shown only while no other version is being worked on.
import { describe, expect, it } from 'vitest';
import { lockedVersionMessage } from '../../renderer/src/features/catalogue/locked-message';

describe('lockedVersionMessage', () => {
  it('names the button when it is there', () => {
    expect(lockedVersionMessage(null)).toContain('Välj ”Ändra (ny version)”');
  });

  it('names the version under work, not the missing button, when there is one', () => {
    const text = lockedVersionMessage({ versionNo: 2, status: 'forslag' });
    expect(text).not.toContain('Ändra (ny version)');
    expect(text).toBe('Den här versionen kan inte ändras. Ändringar görs i version 2 (förslag), som redan är under arbete – välj den under Version.');
  });
});
