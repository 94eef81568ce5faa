import type { RawDocument } from '../model/records.ts';
import type { IngestBody } from './params.ts';

/** Turns posted documents (API or web form) into raw documents for the pipeline. */
export function toRawDocuments(body: IngestBody, receivedAt: string): RawDocument[] {
  return body.documents.map((doc, index) => {
    const html = doc.html?.trim() ? doc.html : undefined;
    const given: RawDocument['given'] = {};
    for (const key of ['url', 'outlet', 'publishedAt', 'title', 'author', 'language'] as const) {
      const value = doc[key];
      if (value) given[key] = value;
    }
    return {
      source: doc.url ?? `api#${index + 1}`,
      format: html ? 'html' : 'text',
      content: html ?? doc.text ?? '',
      encoding: 'utf-8',
      given,
      arrival: { kind: 'api', at: receivedAt },
      problems: [],
    };
  });
}
