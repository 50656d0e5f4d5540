import { sql } from 'drizzle-orm';
import { casePhases, exploitationForms, type PoliceRegion, policeRegions } from '../src/shared/enums.ts';
import type { Db } from '../src/server/db/client.ts';
import { buildOrganisation, buildUser, testPassword } from '../test/support/factories.ts';

/** Words of a Swedish case note: the first ones much more often than the last (see `pickWord`). */
const vocabulary = (
  'samtal kontakt socialtjänsten polisen boende stöd möte uppföljning skyddat placering ' +
  'myndighet tolk vårdnadshavare skola hälsa läkare kvinnan mannen barnet familjen ' +
  'arbetsgivare lägenhet resa pass telefon pengar skuld hot våld rädd trygg ' +
  'migrationsverket åklagare förhör utredning anmälan advokat målsägandebiträde ' +
  'behandling psykolog sjukvård tandvård ekonomi försörjning bidrag arbete praktik ' +
  'svenska rumänien nigeria thailand ukraina bulgarien ungern kina vietnam albanien ' +
  'städning restaurang byggarbetsplats massage annons sms hämtning lastbil ' +
  'kollega granne väninna pojkvän kusin syster bror mamma pappa morbror ' +
  'tiggeri stöld narkotika prostitution människohandel exploatering tvång ' +
  'återvändande hemresa reflektionsperiod uppehållstillstånd samordnare handläggare'
).split(' ');

/** Words no generated note contains, for the rare-word searches: each is in exactly `rareEvery`-th entry. */
export const rareWords = ['tullverket', 'fyrverkeri', 'kanotklubb'] as const;
const rareEvery = 997;

export interface ScaleUsers {
  /** The regional coordinator for 'stockholm'. */
  coordinator: { email: string; password: string };
  national: { email: string; password: string };
  /** A case worker of the Stockholm police, who sees the cases their organisation is on the team of. */
  police: { email: string; password: string };
  /** A case worker of a national voluntary organisation on a fifth of all cases. */
  ngo: { email: string; password: string };
}

export const commonWords = vocabulary.slice(0, 4);

/**
 * One regional coordinator per region (each opens and leads the cases of their region) and one
 * national coordinator. The data itself is written by the SQL below, a batch at a time.
 */
export async function seedUsers(db: Db): Promise<ScaleUsers & { byRegion: Map<PoliceRegion, { id: string; organisationId: string }> }> {
  const byRegion = new Map<PoliceRegion, { id: string; organisationId: string }>();
  let stockholm = '';
  for (const region of policeRegions) {
    const user = await buildUser(db, { roles: ['regional_coordinator'], regionCode: region });
    byRegion.set(region, user);
    if (region === 'stockholm') stockholm = user.email;
  }
  const national = await buildUser(db, { roles: ['national_coordinator'], regionCode: null });
  // Each region's police, and one voluntary organisation working nationally: the team seats.
  await db.execute(sql.raw(`create table bench_coordinators (region_code text primary key, user_id uuid not null, organisation_id uuid not null, police_id uuid not null)`));
  let stockholmPolice = '';
  for (const [region, user] of byRegion) {
    const policeId = await buildOrganisation(db, { name: `Polisen ${region}`, type: 'police', regionCode: region });
    if (region === 'stockholm') stockholmPolice = policeId;
    await db.execute(sql`insert into bench_coordinators values (${region}, ${user.id}, ${user.organisationId}, ${policeId})`);
  }
  const ngoId = await buildOrganisation(db, { name: 'Frivilligorganisationen', type: 'ngo', regionCode: null });
  await db.execute(sql`create table bench_ngo as select ${ngoId}::uuid as id`);
  const police = await buildUser(db, { roles: ['case_worker'], organisationId: stockholmPolice });
  const ngo = await buildUser(db, { roles: ['case_worker'], organisationId: ngoId });
  await db.execute(
    sql.raw(`create table bench_municipalities as
      select row_number() over (order by m.code) as n, m.code, m.county_code, c.region_code
      from municipalities m join counties c on c.code = m.county_code`),
  );
  return {
    byRegion,
    coordinator: { email: stockholm, password: testPassword },
    national: { email: national.email, password: testPassword },
    police: { email: police.email, password: testPassword },
    ngo: { email: ngo.email, password: testPassword },
  };
}

/**
 * Cases `from`..`to` (1-based sequence numbers) and their persons: every municipality, six phases,
 * opened over ten years, 15% children, led by the region's coordinator about half the time.
 */
export async function seedCases(db: Db, from: number, to: number): Promise<void> {
  await db.execute(
    sql.raw(`
    with p as (
      insert into persons (code_name, is_child, created_at, updated_at)
      select 'Bench ' || g, random() < 0.15, t, t
      from generate_series(${from}, ${to}) g, lateral (select now() - random() * interval '3650 days' as t) x
      returning id, code_name, created_at
    )
    insert into cases (reference, person_id, region_code, county_code, municipality_code, exploitation_forms, phase,
                       lead_user_id, created_by_user_id, created_by_organisation_id, created_at, updated_at)
    select 'NMT-' || (2000 + g / 999999) || '-' || lpad((g % 999999 + 1)::text, 6, '0'), p.id, m.region_code, m.county_code, m.code,
           array[(${sqlArray(exploitationForms)})[1 + (g % ${exploitationForms.length})]],
           (${sqlArray(casePhases)})[1 + ((g / 7) % ${casePhases.length})],
           case when g % 2 = 0 then bc.user_id end, bc.user_id, bc.organisation_id, p.created_at, p.created_at
    from p
    cross join lateral (select substr(p.code_name, 7)::int as g) s
    join bench_municipalities m on m.n = 1 + (s.g::bigint * 7919) % (select count(*) from bench_municipalities)
    join bench_coordinators bc on bc.region_code = m.region_code`),
  );
  await seedTeams(db, from, to);
}

/**
 * The team seats of cases `from`..`to`: the region's police on three cases in five, under a
 * statutory provision, and the voluntary organisation on one in five, under the person's consent.
 * Some no longer let anyone in: one police seat in thirty removed, one consent in ten withdrawn.
 */
async function seedTeams(db: Db, from: number, to: number): Promise<void> {
  // Each seat's legal basis gets its id here, so the two inserts below need no join to match them.
  await db.execute(
    sql.raw(`
    with seat as materialized (
      select gen_random_uuid() as basis_id, c.id as case_id, o.organisation_id, c.created_by_user_id, c.created_at, s.g, o.k
      from persons p
      join cases c on c.person_id = p.id
      cross join lateral (select substr(p.code_name, 7)::int as g) s
      join bench_coordinators bc on bc.region_code = c.region_code
      cross join lateral (values (bc.police_id, 1), ((select id from bench_ngo), 2)) o(organisation_id, k)
      where p.code_name like 'Bench %' and s.g between ${from} and ${to}
        and case when o.k = 1 then s.g % 5 < 3 else s.g % 5 = 3 end
    ), basis as (
      insert into legal_bases (id, case_id, organisation_id, kind, consent_given_on, consent_withdrawn_at, statute, recorded_by_user_id, recorded_at)
      select basis_id, case_id, organisation_id,
             case when k = 2 then 'consent' else 'statute' end,
             case when k = 2 then created_at::date end,
             case when k = 2 and g % 50 = 13 then created_at + interval '30 days' end,
             case when k = 1 then 'osl_10_2' end,
             created_by_user_id, created_at
      from seat
    )
    insert into case_team_members (case_id, organisation_id, legal_basis_id, added_by_user_id, added_at, removed_at, removed_by_user_id)
    select case_id, organisation_id, basis_id, created_by_user_id, created_at,
           case when g % 50 = 11 then created_at + interval '60 days' end,
           case when g % 50 = 11 then created_by_user_id end
    from seat`),
  );
}

/**
 * About `perCase` journal entries for each case in `fromCase`..`toCase` (by their sequence in
 * the code name), written by the case's coordinator after it opened. Bodies are 15–60 words from
 * the vocabulary, with a skewed pick: the first word is in about half of all entries, the last
 * in about a quarter (a "common word" search meets a large share of the journal).
 */
export async function seedJournal(db: Db, fromCase: number, toCase: number, perCase: number): Promise<void> {
  const words = sqlArray(vocabulary);
  await db.execute(
    sql.raw(`
    insert into journal_entries (case_id, author_user_id, author_organisation_id, body, created_at)
    select c.id, c.created_by_user_id, c.created_by_organisation_id,
           (select string_agg(${words}[1 + floor(power(random(), 1.2) * ${vocabulary.length})::int], ' ')
              from generate_series(1, 15 + ((s.g * 31 + k) % 46)))
             || case when (s.g * ${perCase} + k) % ${rareEvery} = 0
                     then ' ' || (${sqlArray(rareWords)})[1 + (s.g + k) % ${rareWords.length}] else '' end,
           c.created_at + k * interval '3 days'
    from persons p
    join cases c on c.person_id = p.id
    cross join lateral (select substr(p.code_name, 7)::int as g) s
    cross join generate_series(1, ${perCase}) k
    where p.code_name like 'Bench %' and s.g between ${fromCase} and ${toCase}`),
  );
}

/**
 * `total` consultations over ten years: 95% closed or escalated, the rest open (new or claimed)
 * and received in the last four weeks, a working day to answer; and one call for every second one.
 */
export async function seedConsultations(db: Db, from: number, to: number): Promise<void> {
  await db.execute(
    sql.raw(`
    insert into consultations (reference, source, status, region_code, county_code, municipality_code, description,
                               exploitation_forms, received_at, first_response_due_at, first_responded_at,
                               assignee_user_id, claimed_at, closed_at, updated_at)
    select 'MS-' || (2000 + g / 999999) || '-' || lpad((g % 999999 + 1)::text, 6, '0'),
           (array['public_form','support_line','professional'])[1 + g % 3],
           st.status, m.region_code, m.county_code, m.code, 'Bench consultation ' || g, array['${exploitationForms[0]}'],
           r.at, r.at + interval '1 day',
           case when st.status <> 'new' then r.at + interval '5 hours' end,
           case when st.status = 'claimed' or (st.status <> 'new' and g % 2 = 0) then bc.user_id end,
           case when st.status <> 'new' then r.at + interval '5 hours' end,
           case when st.status in ('closed', 'escalated') then r.at + interval '9 days' end, r.at
    from generate_series(${from}, ${to}) g
    join bench_municipalities m on m.n = 1 + (g::bigint * 7919) % (select count(*) from bench_municipalities)
    join bench_coordinators bc on bc.region_code = m.region_code
    cross join lateral (select case when g % 100 < 2 then 'new' when g % 100 < 5 then 'claimed'
                                    when g % 100 < 10 then 'escalated' else 'closed' end as status) st
    cross join lateral (select now() - case when st.status in ('new', 'claimed') then random() * interval '28 days'
                                            else random() * interval '3650 days' end as at) r`),
  );
  await db.execute(
    sql.raw(`
    insert into calls (operator_user_id, started_at, ended_at, caller_category, topic, region_code)
    select bc.user_id, t, t + interval '12 minutes', 'professional', 'suspected_trafficking', bc.region_code
    from generate_series(${from}, ${to}, 2) g
    join (select row_number() over (order by region_code) - 1 as n, * from bench_coordinators) bc on bc.n = g % ${policeRegions.length}
    cross join lateral (select now() - random() * interval '3650 days' as t) x`),
  );
}

/** A SQL array literal of plain words (the bench's own constants, never input). */
function sqlArray(words: readonly string[]): string {
  return `(array[${words.map((w) => `'${w}'`).join(',')}])`;
}
