import { type ExploitationForm, type Gender, exploitationForms, genders } from '../../../shared/enums.ts';
import type { HtcdsExportFilter } from '../../../shared/schemas/htcds-export.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/actor.ts';
import { caseScope } from './cases.policy.ts';
import { identifiedPersonRows } from './identified-persons.queries.ts';

/** What the HTCDS microdata export may know of one identified person: coded facts, nothing that names or links back. */
export interface IdentifiedPerson {
  gender: Gender | null;
  birthYear: number | null;
  isChild: boolean;
  citizenship: string | null;
  /** The year the person was identified: their first case's. */
  year: number;
  /** The forms of exploitation of all their cases, without repeats. */
  exploitationForms: ExploitationForm[];
}

const isGender = (value: string): value is Gender => (genders as readonly string[]).includes(value);
const isForm = (value: string): value is ExploitationForm => (exploitationForms as readonly string[]).includes(value);

/**
 * Every person with a case the actor sees (caseScope: all of them for NMT), once each, identified
 * within the filter's years; persons with protected identity are left out in the query itself.
 */
export async function identifiedPersons(db: Db, actor: Actor, filter: HtcdsExportFilter): Promise<IdentifiedPerson[]> {
  const rows = await identifiedPersonRows(db, caseScope(actor), filter);
  return rows.map((row) => ({
    gender: isGender(row.gender) ? row.gender : null,
    birthYear: row.birthYear,
    isChild: row.isChild,
    citizenship: row.citizenship,
    year: row.year,
    exploitationForms: [...new Set(row.forms.split(',').filter(isForm))],
  }));
}
