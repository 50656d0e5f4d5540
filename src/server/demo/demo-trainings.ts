import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../db/client.ts';
import { insertRegistration, insertTraining, setAttendance } from '../modules/trainings/trainings.queries.ts';

const day = 86_400_000;
/** A Swedish morning `days` from now (09:00 or 13:00 local, near enough in UTC for a demo). */
const at = (days: number, hourUtc: number) => {
  const d = new Date(Date.now() + days * day);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
};

// Fictional registrants on the reserved .test domain, so no mail can reach anyone.
const people = [
  ['Alva Ek', 'Socialtjänsten i Borås (demo)', 'municipality'],
  ['Bo Lind', 'Polisen region Väst (demo)', 'authority'],
  ['Cecilia Rönn', 'Stödföreningen Trygg Hamn (demo)', 'ngo'],
  ['David Asp', 'Migrationsverket Göteborg (demo)', 'authority'],
  ['Elin Hägg', 'Kvinnojouren Väst (demo)', 'ngo'],
] as const;

/** Three trainings: one upcoming and full with a waiting list, one online draft, one held with attendance and evaluation. */
export async function seedDemoTrainings(tx: Tx, trainerUserId: string): Promise<void> {
  const full = await insertTraining(tx, {
    title: 'Människohandel: känna igen tecknen och agera',
    description: 'Grundutbildning om indikatorer, stödprocessen och samverkan med regionkoordinatorn.',
    audiences: ['municipality', 'authority', 'ngo'],
    format: 'on_site',
    place: 'Länsstyrelsen Västra Götaland, Göteborg (demo)',
    startsAt: at(14, 8),
    endsAt: at(14, 12),
    regionCode: 'vast',
    capacity: 3,
    registrationDeadline: at(10, 21),
    status: 'published',
    createdByUserId: trainerUserId,
  });
  await insertTraining(tx, {
    title: 'Webbinarium: barn i människohandel',
    description: 'Om barn som utnyttjas och socialtjänstens ansvar.',
    audiences: ['municipality'],
    format: 'online',
    onlineUrl: 'https://mote.samverka.test/barn',
    startsAt: at(30, 12),
    endsAt: at(30, 14),
    regionCode: null,
    capacity: 100,
    registrationDeadline: at(28, 21),
    status: 'draft',
    createdByUserId: trainerUserId,
  });
  const held = await insertTraining(tx, {
    title: 'Arbetskraftsexploatering i praktiken',
    description: 'Fallövningar om tvångsarbete, skuldslaveri och kontroll av arbetsplatser.',
    audiences: ['authority', 'ngo'],
    format: 'on_site',
    place: 'Jämställdhetsmyndigheten, Angered (demo)',
    startsAt: at(-20, 8),
    endsAt: at(-20, 14),
    regionCode: null,
    capacity: 20,
    registrationDeadline: at(-25, 21),
    status: 'published',
    createdByUserId: trainerUserId,
    evaluationCount: 3,
    evaluationAverage: 4.33,
    evaluationComments: 'Uppskattade fallövningarna; önskar mer om Arbetsmiljöverkets roll.',
  });
  const register = (trainingId: string, i: number, status: 'confirmed' | 'waiting') => {
    const [name, organisation, kind] = people[i]!;
    return insertRegistration(tx, {
      trainingId,
      reference: `UTB-DEMO-${trainingId.slice(0, 2).toUpperCase()}${i}`.replace(/[^A-Z0-9-]/g, 'X'),
      name,
      email: `deltagare${i + 1}@exempel.test`,
      organisation,
      organisationKind: kind,
      needs: i === 1 ? 'Vegetarisk kost' : null,
      status,
      // Demo registrations have no usable link: the token is thrown away.
      cancelTokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
    });
  };
  for (let i = 0; i < people.length; i++) await register(full, i, i < 3 ? 'confirmed' : 'waiting');
  for (let i = 0; i < 4; i++) {
    const registration = await register(held, i, 'confirmed');
    await setAttendance(tx, registration.id, i !== 2);
  }
}
