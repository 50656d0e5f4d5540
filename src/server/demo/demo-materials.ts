import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { checklistItems } from '../db/schema/index.ts';
import { linkMaterial, publishMaterial, publishVersion } from '../modules/materials/materials.service.ts';
import { demoContext } from './demo-cooperation.ts';

const once = { key: undefined, fingerprint: '' };

/** The active checklist item of the phase whose Swedish label starts with `label`. */
async function checklistItemId(db: Db, phase: string, label: string): Promise<string | undefined> {
  const items = await db
    .select({ id: checklistItems.id, labelSv: checklistItems.labelSv })
    .from(checklistItems)
    .where(and(eq(checklistItems.phase, phase), eq(checklistItems.isActive, true)))
    .orderBy(asc(checklistItems.position));
  return (items.find((item) => item.labelSv.startsWith(label)) ?? items[0])?.id;
}

/**
 * Two method materials, each published by the trainer in two versions (so the earlier one is
 * readable), and linked by NMT from the phase checklist: a checklist guide for the assessment,
 * beside "the risk and threat assessment", and a template for a return referral, beside "a
 * referral to IOM has been considered".
 */
export async function seedDemoMaterials(db: Db): Promise<void> {
  const trainer = await demoContext(db, 'utbildning@samverka.test');
  const national = await demoContext(db, 'nationell@samverka.test');

  const { item: guide } = await publishMaterial(
    db,
    trainer,
    {
      kind: 'checklist',
      title: 'Checklista för bedömningsfasen',
      summary: 'Vad som ska vara gjort innan ärendet lämnar bedömningen.',
      body: [
        '1. Bedöm om personen är ett presumtivt offer: gå igenom indikatorerna tillsammans med personen.',
        '2. Gör en risk- och hotbedömning: personens egen säkerhet, anhörigas och personalens.',
        '3. Kartlägg behoven av stöd: boende, hälsa, tolk, juridiskt stöd.',
        '4. Barn: underrätta socialtjänsten i kommunen.',
      ].join('\n'),
    },
    once,
  );
  await publishVersion(
    db,
    trainer,
    guide.id,
    {
      title: 'Checklista för bedömningsfasen',
      summary: 'Vad som ska vara gjort innan ärendet lämnar bedömningen, med stöd för riskbedömningen.',
      body: [
        '1. Bedöm om personen är ett presumtivt offer: gå igenom indikatorerna tillsammans med personen, med tolk vid behov.',
        '2. Gör en risk- och hotbedömning: personens egen säkerhet, anhörigas och personalens. Dokumentera vem som gjorde den och när.',
        '3. Kartlägg behoven av stöd: boende, hälsa, tolk, juridiskt stöd och betänketid.',
        '4. Barn: underrätta socialtjänsten i kommunen och ta in den i ärendeteamet innan ärendet går vidare.',
        '5. Kontakta regionkoordinatorn om något är oklart.',
      ].join('\n'),
    },
    once,
  );

  const { item: template } = await publishMaterial(
    db,
    trainer,
    {
      kind: 'template',
      title: 'Mall: hänvisning till återvändandeprogrammet (IOM)',
      summary: 'Det hänvisningen till IOM ska innehålla, utan identitetsuppgifter.',
      body: ['Land att återvända till:', 'Personens skäl, med personens egna ord:', 'Resehandling:', 'Samtycke (datum):'].join('\n'),
    },
    once,
  );
  await publishVersion(
    db,
    trainer,
    template.id,
    {
      title: 'Mall: hänvisning till återvändandeprogrammet (IOM)',
      summary: 'Det hänvisningen till IOM ska innehålla, utan identitetsuppgifter. Uppföljningar sker 3, 6 och 12 månader efter ankomsten.',
      body: [
        'Land att återvända till:',
        'Personens skäl, med personens egna ord:',
        'Resehandling (giltigt pass, utgånget pass, annan handling, ingen, sökt):',
        'Samtycke (datum, och att personen vet vad som delas med IOM):',
        'Särskilda behov inför resan (hälsa, barn, säkerhet):',
      ].join('\n'),
    },
    once,
  );

  const riskItem = await checklistItemId(db, 'assessment', 'Risk- och hotbedömning');
  if (riskItem) await linkMaterial(db, national, riskItem, guide.id);
  const iomItem = await checklistItemId(db, 'long_term', 'Återvändande: remiss till IOM');
  if (iomItem) await linkMaterial(db, national, iomItem, template.id);
}
