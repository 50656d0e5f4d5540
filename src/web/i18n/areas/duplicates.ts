/** Possible duplicates of a case's person. English must have the same keys. */
export const sv = {
  'notifications.duplicate.samePerson': 'Ärende {reference} har kopplats till ett annat ärende om samma person ({date}).',
  'notifications.duplicate.notSame': 'En möjlig dubblett till ärende {reference} har bedömts inte vara samma person ({date}).',
};

export const en: Record<keyof typeof sv, string> = {
  'notifications.duplicate.samePerson': 'Case {reference} has been linked to another case about the same person ({date}).',
  'notifications.duplicate.notSame': 'A possible duplicate of case {reference} has been judged not to be the same person ({date}).',
};
