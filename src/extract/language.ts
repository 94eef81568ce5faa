import { franc } from 'franc';

/**
 * Language detection for both extraction modes, used only when the input gave no
 * language. franc answers in ISO 639-3; the article contract wants ISO 639-1.
 */

/**
 * ISO 639-3 → 639-1 for the languages franc knows that have a two-letter code and
 * appear in news (the 70 most spoken plus the region Chorus was built around:
 * Armenian, Georgian, Azerbaijani, Russian, Ukrainian…). A language outside the table
 * gives `null` rather than a wrong code.
 */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  afr: 'af', amh: 'am', arb: 'ar', ara: 'ar', azj: 'az', aze: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg',
  cat: 'ca', ces: 'cs', ckb: 'ku', cmn: 'zh', zho: 'zh', dan: 'da', deu: 'de', ell: 'el', eng: 'en', est: 'et',
  eus: 'eu', fin: 'fi', fra: 'fr', gle: 'ga', glg: 'gl', guj: 'gu', hau: 'ha', heb: 'he', hin: 'hi', hrv: 'hr',
  hun: 'hu', hye: 'hy', ibo: 'ig', ind: 'id', isl: 'is', ita: 'it', jpn: 'ja', kat: 'ka', kaz: 'kk', khm: 'km',
  kan: 'kn', kor: 'ko', kir: 'ky', lao: 'lo', lit: 'lt', lvs: 'lv', lav: 'lv', mal: 'ml', mar: 'mr', mkd: 'mk',
  mlt: 'mt', khk: 'mn', mon: 'mn', mya: 'my', npi: 'ne', nep: 'ne', nld: 'nl', nob: 'nb', nno: 'nn', nor: 'no',
  ory: 'or', pan: 'pa', pes: 'fa', fas: 'fa', pbu: 'ps', pol: 'pl', por: 'pt', ron: 'ro', rus: 'ru', sin: 'si',
  slk: 'sk', slv: 'sl', som: 'so', spa: 'es', sqi: 'sq', als: 'sq', srp: 'sr', swe: 'sv', swh: 'sw', swa: 'sw',
  tam: 'ta', tel: 'te', tgk: 'tg', tha: 'th', tuk: 'tk', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', uzb: 'uz',
  vie: 'vi', xho: 'xh', yor: 'yo', zlm: 'ms', zsm: 'ms', msa: 'ms', zul: 'zu', tgl: 'tl', fil: 'tl', yid: 'yi',
};

/** Below this many letters franc's trigram guess is noise (its own docs suggest ~10+ words). */
export const MIN_LANGUAGE_SAMPLE = 40;
/** franc is linear in input and the slowest part of text mode; 800 characters (~130 words) decide any real article. */
const MAX_LANGUAGE_SAMPLE = 800;
/** Only languages we can name in ISO 639-1 are worth franc's time (it compares against each). */
const CANDIDATES = Object.keys(ISO3_TO_ISO1);

/** ISO 639-1 code of the text's language, or null when too short or unknown. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_LANGUAGE_SAMPLE);
  if (sample.replace(/[^\p{L}]/gu, '').length < MIN_LANGUAGE_SAMPLE) return null;
  const code = franc(sample, { minLength: MIN_LANGUAGE_SAMPLE, only: CANDIDATES });
  return ISO3_TO_ISO1[code] ?? null;
}
