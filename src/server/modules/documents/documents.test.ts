import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits.ts';
import type { AuditAction } from '../../../shared/audit-events.ts';
import type { Problem } from '../../../shared/schemas/common.ts';
import type { DocumentList, DocumentMeta } from '../../../shared/schemas/documents.ts';
import { documentContents, documents } from './documents.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildCaseAccessFixture, type CaseAccessFixture } from '../../../../test/support/case-access.ts';
import { auditRowsAbout } from '../../../../test/support/casework.ts';
import { minimalDocx, minimalJpeg, minimalPdf, minimalPng, windowsExecutable } from '../../../../test/support/documents.ts';
import { createCaseAs } from '../../../../test/support/factories.ts';
import { listDocuments } from './documents.queries.ts';

let t: TestApp;
let f: CaseAccessFixture;

beforeAll(async () => {
  t = await startTestApp();
  f = await buildCaseAccessFixture(t);
});
afterAll(() => t.close());

const listUrl = (caseId = f.theCase.id) => `/api/cases/${caseId}/documents`;
const contentUrl = (documentId: string, caseId = f.theCase.id) => `${listUrl(caseId)}/${documentId}/content`;

interface UploadOptions {
  fileName?: string | null;
  cookie?: string;
  caseId?: string;
  key?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const upload = (bytes: Buffer | string, options: UploadOptions = {}) => {
  const { fileName = 'handling.pdf', cookie = f.coordinatorCookie, caseId = f.theCase.id, key, contentType = 'application/octet-stream' } = options;
  const query = fileName === null ? '' : `?fileName=${encodeURIComponent(fileName)}`;
  return t.app.inject({
    method: 'POST',
    url: `${listUrl(caseId)}${query}`,
    headers: { cookie, 'content-type': contentType, ...(key ? { 'idempotency-key': key } : {}), ...options.headers },
    payload: bytes,
  });
};

async function uploaded(bytes: Buffer, fileName = 'handling.pdf', caseId = f.theCase.id): Promise<DocumentMeta> {
  const response = await upload(bytes, { fileName, caseId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<DocumentMeta>();
}

const documentCount = async () => ({
  documents: (await t.db.select({ n: count() }).from(documents))[0]!.n,
  contents: (await t.db.select({ n: count() }).from(documentContents))[0]!.n,
});

const auditOf = (action: AuditAction, caseId = f.theCase.id) => auditRowsAbout(t.db, action, caseId);

describe('uploading', () => {
  it('stores a PDF with its detected type, size and SHA-256, and audits ids, size and type but not the name', async () => {
    const bytes = minimalPdf();
    const response = await upload(bytes, { fileName: 'Beslut om betänketid.pdf' });
    expect(response.statusCode).toBe(201);
    const meta = response.json<DocumentMeta>();
    expect(meta).toMatchObject({ fileName: 'Beslut om betänketid.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length });
    expect(meta.uploadedByName).toMatch(/^Test Member/);
    expect(response.headers.location).toBe(contentUrl(meta.id));
    const [row] = await t.db.select().from(documents).where(eq(documents.id, meta.id));
    expect(row!.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const events = await auditOf('document.upload');
    const event = events.find((e) => (e.details as { documentId?: string }).documentId === meta.id);
    expect(event?.details).toEqual({ documentId: meta.id, sizeBytes: bytes.length, mediaType: 'application/pdf' });
    expect(JSON.stringify(events)).not.toContain('Beslut');
  });

  it.each([
    ['PNG', minimalPng(), 'bild.png', 'image/png'],
    ['JPEG', minimalJpeg(), 'foto.jpg', 'image/jpeg'],
    ['DOCX', minimalDocx(), 'intyg.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('stores a %s', async (_name, bytes, fileName, mediaType) => {
    expect(await uploaded(bytes, fileName)).toMatchObject({ fileName, mediaType });
  });

  it('detects the type from the content, and gives the name the matching extension', async () => {
    expect((await uploaded(minimalPng(), 'skanning.pdf')).fileName).toBe('skanning.pdf.png');
    expect((await uploaded(minimalPdf(), 'anteckning.html')).fileName).toBe('anteckning.html.pdf');
  });

  it('keeps only the last segment of a path', async () => {
    expect((await uploaded(minimalPdf(), 'C:\\fakepath\\underlag.pdf')).fileName).toBe('underlag.pdf');
    expect((await uploaded(minimalPdf(), '../../etc/underlag.pdf')).fileName).toBe('underlag.pdf');
  });

  it('stores a document once per Idempotency-Key, and refuses the key for other content', async () => {
    const before = await documentCount();
    const first = await upload(minimalPdf(), { key: 'upload-retry-1' });
    const again = await upload(minimalPdf(), { key: 'upload-retry-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json<DocumentMeta>().id).toBe(first.json<DocumentMeta>().id);
    expect(await documentCount()).toEqual({ documents: before.documents + 1, contents: before.contents + 1 });
    expect((await upload(minimalPng(), { key: 'upload-retry-1' })).statusCode).toBe(422);
  });

  it('accepts a file of exactly 20 MB', async () => {
    const bytes = Buffer.alloc(limits.documentBytesMax, 0x20);
    minimalPdf().copy(bytes);
    const response = await upload(bytes, { fileName: 'stor.pdf' });
    expect(response.statusCode).toBe(201);
    expect(response.json<DocumentMeta>().sizeBytes).toBe(limits.documentBytesMax);
  });
});

describe('refused uploads store nothing', () => {
  it.each([
    ['plain text', Buffer.from('Hej! Det här är en vanlig textfil.\n'), 'x.pdf'],
    ['HTML', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), 'x.pdf'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'x.png'],
    ['a renamed Windows executable', windowsExecutable(), 'x.pdf'],
  ])('%s named as a document gets 415 problem+json, and the refusal is audited', async (_name, bytes, fileName) => {
    const before = await documentCount();
    const refusalsBefore = (await auditOf('document.refused')).length;
    const response = await upload(bytes, { fileName });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await documentCount()).toEqual(before);
    const refusals = await auditOf('document.refused');
    expect(refusals).toHaveLength(refusalsBefore + 1);
    expect(refusals.at(-1)!.details).toMatchObject({ sizeBytes: bytes.length });
  });

  it('20 MB + 1 byte gets 413 problem+json', async () => {
    const before = await documentCount();
    const bytes = Buffer.alloc(limits.documentBytesMax + 1, 0x20);
    minimalPdf().copy(bytes);
    const response = await upload(bytes, { fileName: 'for-stor.pdf' });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await documentCount()).toEqual(before);
  });

  it.each([
    ['an empty body', Buffer.alloc(0), { fileName: 'tom.pdf' }, 'body'],
    ['no file name', minimalPdf(), { fileName: null }, 'fileName'],
    ['an empty file name', minimalPdf(), { fileName: '' }, 'fileName'],
    ['a file name with a newline', minimalPdf(), { fileName: 'a\nb.pdf' }, 'fileName'],
    ['a file name with a NUL', minimalPdf(), { fileName: 'a\u0000b.pdf' }, 'fileName'],
    ['a file name that is only a folder', minimalPdf(), { fileName: 'mapp/' }, 'fileName'],
    ['a file name over the limit', minimalPdf(), { fileName: `${'a'.repeat(limits.fileNameMax)}.pdf` }, 'fileName'],
  ] as const)('%s gets 400 naming the field', async (_name, bytes, options, field) => {
    const before = await documentCount();
    const response = await upload(bytes, options);
    expect(response.statusCode).toBe(400);
    expect((response.json<Problem>().errors ?? []).map((e) => e.field)).toContain(field);
    expect(await documentCount()).toEqual(before);
  });

  it('a JSON body gets 415', async () => {
    const before = await documentCount();
    const response = await upload(JSON.stringify({ content: 'JVBERi0=' }), { contentType: 'application/json' });
    expect(response.statusCode).toBe(415);
    expect(await documentCount()).toEqual(before);
  });

  it('a cross-site upload is refused (403) before anything is read', async () => {
    const before = await documentCount();
    const response = await upload(minimalPdf(), { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(response.statusCode).toBe(403);
    expect(await documentCount()).toEqual(before);
  });
});

describe('downloading', () => {
  it('gives the same bytes as an attachment with the detected type, a safe name and no caching, and audits it', async () => {
    const bytes = minimalPng();
    const meta = await uploaded(bytes, 'Foto från mötet "1".png');
    const response = await t.app.inject({ method: 'GET', url: contentUrl(meta.id), headers: { cookie: f.coordinatorCookie } });
    expect(response.statusCode).toBe(200);
    expect(Buffer.compare(response.rawPayload, bytes)).toBe(0);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Foto fr_n m_tet _1_.png"; filename*=UTF-8''Foto%20fr%C3%A5n%20m%C3%B6tet%20%221%22.png`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
    const events = await auditOf('document.download');
    expect(events.at(-1)!.details).toEqual({ documentId: meta.id });
  });

  it('gives a PDF back byte for byte', async () => {
    const bytes = minimalPdf();
    const meta = await uploaded(bytes);
    const response = await t.app.inject({ method: 'GET', url: contentUrl(meta.id), headers: { cookie: f.coordinatorCookie } });
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(response.rawPayload, bytes)).toBe(0);
  });

  it('does not find a document of another case through this case, even for someone who sees both', async () => {
    const elsewhere = await uploaded(minimalPdf(), 'annat.pdf', f.otherCase.id);
    const response = await t.app.inject({ method: 'GET', url: contentUrl(elsewhere.id, f.theCase.id), headers: { cookie: f.coordinatorCookie } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 404 for a document that does not exist', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: contentUrl('00000000-0000-4000-8000-000000000000'),
      headers: { cookie: f.coordinatorCookie },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('listing', () => {
  it('lists metadata only, newest first, and audits the read', async () => {
    const listed = await createCaseAs(t.app, f.coordinatorCookie);
    const first = await uploaded(minimalPdf(), 'forsta.pdf', listed.id);
    const second = await uploaded(minimalPng(), 'andra.png', listed.id);
    const response = await t.app.inject({ method: 'GET', url: listUrl(listed.id), headers: { cookie: f.coordinatorCookie } });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<DocumentList>();
    expect(items.map((d) => d.id)).toEqual([second.id, first.id]);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['fileName', 'id', 'mediaType', 'sizeBytes', 'uploadedAt', 'uploadedByName']);
    }
    const events = await auditOf('document.list', listed.id);
    expect(events.at(-1)!.details).toEqual({ documentIds: [second.id, first.id] });
  });

  it('reads no content: the list query answers metadata alone', async () => {
    const rows = await listDocuments(t.db, f.theCase.id);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toHaveProperty('content');
  });
});

describe('who may see and add documents', () => {
  let document: DocumentMeta;
  beforeAll(async () => {
    document = await uploaded(minimalPdf(), 'behorighet.pdf');
  });

  it.each([
    ['a coordinator of another region', () => f.otherRegionCookie],
    ['a case worker whose organisation is not on the team', () => f.unseatedWorkerCookie],
  ])('%s gets 404 on every route, and stores nothing', async (_name, cookieOf) => {
    const cookie = cookieOf();
    const before = await documentCount();
    const downloadsBefore = (await auditOf('document.download')).length;
    expect((await t.app.inject({ method: 'GET', url: listUrl(), headers: { cookie } })).statusCode).toBe(404);
    expect((await upload(minimalPdf(), { cookie })).statusCode).toBe(404);
    expect((await upload(windowsExecutable(), { cookie })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: contentUrl(document.id), headers: { cookie } })).statusCode).toBe(404);
    expect(await documentCount()).toEqual(before);
    expect(await auditOf('document.download')).toHaveLength(downloadsBefore);
  });

  it('a case worker whose organisation is on the team lists, uploads and downloads', async () => {
    expect((await t.app.inject({ method: 'GET', url: listUrl(), headers: { cookie: f.seatedWorkerCookie } })).statusCode).toBe(200);
    expect((await upload(minimalPdf(), { cookie: f.seatedWorkerCookie })).statusCode).toBe(201);
    const download = await t.app.inject({ method: 'GET', url: contentUrl(document.id), headers: { cookie: f.seatedWorkerCookie } });
    expect(download.statusCode).toBe(200);
  });

  it('a coordinator who broke the glass reads and downloads but may not upload (403)', async () => {
    expect((await t.app.inject({ method: 'GET', url: listUrl(), headers: { cookie: f.breakGlassCookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: contentUrl(document.id), headers: { cookie: f.breakGlassCookie } })).statusCode).toBe(200);
    expect((await upload(minimalPdf(), { cookie: f.breakGlassCookie })).statusCode).toBe(403);
  });
});
