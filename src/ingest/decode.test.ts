import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.ts';
import { charsetFromContentType, findDeclaredCharset } from './CharsetDeclarationFinder.ts';

const RUSSIAN =
  'Заместитель министра иностранных дел России Михаил Галузин заявил, что Москва внимательно следит за действиями Еревана. ' +
  'По его словам, поспешные решения могут нанести ущерб отношениям двух стран, которые связаны многовековой историей.';
const ARMENIAN = 'Հայաստանի արտաքին գործերի նախարարությունը հայտարարություն է տարածել Ռուսաստանի հետ հարաբերությունների մասին։';
const JAPANESE = '東京の外務省は、ロシアとアルメニアの関係について声明を発表しました。専門家によると、この地域の情勢はますます複雑になっています。';
const CHINESE = '俄罗斯外交部副部长表示，亚美尼亚的决定可能会对两国关系产生影响。他说，我们希望双方能够通过对话解决问题，这是我们的一贯立场。';
const KOREAN = '러시아 외무부 차관은 아르메니아의 결정이 양국 관계에 영향을 미칠 수 있다고 말했다. 그는 대화를 통해 문제를 해결하기를 바란다고 밝혔다.';
const FRENCH = 'Le vice-ministre russe des Affaires étrangères a déclaré que la décision d’Erevan était précipitée et qu’elle aurait des conséquences à long terme pour la région.';
const CZECH = 'Náměstek ruského ministra zahraničí řekl, že rozhodnutí Jerevanu bylo ukvapené. Polský ministr odpowiedział, że współpraca będzie kontynuowana, łącznie z dialogiem.';

function encoded(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}

test('UTF-8 with and without BOM', () => {
  const plain = decodeBytes(encoded(RUSSIAN, 'utf-8'));
  assert.equal(plain.encoding, 'utf-8');
  assert.equal(plain.text, RUSSIAN);
  const withBom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encoded(ARMENIAN, 'utf-8')]));
  assert.equal(withBom.text, ARMENIAN);
  assert.deepEqual(withBom.problems, []);
});

test('UTF-16 LE and BE with BOM', () => {
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const bom = enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    const out = decodeBytes(new Uint8Array([...bom, ...encoded(ARMENIAN, enc)]));
    assert.equal(out.encoding, enc);
    assert.equal(out.text, ARMENIAN);
  }
});

test('undeclared Cyrillic: windows-1251, KOI8-R and ISO-8859-5 told apart', () => {
  for (const enc of ['windows-1251', 'koi8-r', 'iso-8859-5']) {
    const out = decodeBytes(encoded(RUSSIAN, enc), { format: 'text' });
    assert.equal(out.encoding, enc, `detected ${out.encoding} for ${enc}`);
    assert.equal(out.text, RUSSIAN);
    assert.equal(out.problems[0]?.ruleId, 'ingest/charset-detected');
  }
});

test('undeclared CJK: Shift_JIS, GBK, EUC-KR', () => {
  for (const [text, enc] of [[JAPANESE, 'shift_jis'], [CHINESE, 'gbk'], [KOREAN, 'euc-kr']] as const) {
    const out = decodeBytes(encoded(text, enc));
    assert.equal(out.encoding, enc, `detected ${out.encoding} for ${enc}`);
    assert.equal(out.text, text);
  }
});

test('undeclared Latin: one language per decoding (Czech, Polish, German, Spanish)', () => {
  const cases: [string, string][] = [
    ['Předseda vlády řekl, že dohoda je důležitá a že vláda bude jednat rychle. Několik ministrů odcestuje příští týden.', 'iso-8859-2'],
    ['Minister spraw zagranicznych powiedział, że Polska będzie kontynuować rozmowy. Źródła podają, że spotkanie odbędzie się w środę.', 'windows-1250'],
    ['Der Außenminister sagte am Dienstag, dass die Gespräche über die Grenzfragen fortgesetzt würden.', 'windows-1252'],
    ['El ministro señaló que las negociaciones continuarán la próxima semana en la capital, según fuentes oficiales.', 'windows-1252'],
  ];
  for (const [text, encoding] of cases) {
    const out = decodeBytes(encoded(text, encoding));
    assert.equal(out.text, text, `${encoding}: decoded as ${out.encoding}`);
  }
});

test('undeclared Japanese in EUC-JP', () => {
  const out = decodeBytes(encoded(JAPANESE, 'euc-jp'));
  assert.equal(out.encoding, 'euc-jp');
  assert.equal(out.text, JAPANESE);
});

test('undeclared Latin: windows-1252 and ISO-8859-2', () => {
  const western = decodeBytes(encoded(FRENCH, 'windows-1252'));
  assert.equal(western.encoding, 'windows-1252');
  assert.equal(western.text, FRENCH);
  const central = decodeBytes(encoded(CZECH, 'iso-8859-2'));
  assert.equal(central.encoding, 'iso-8859-2');
  assert.equal(central.text, CZECH);
});

test('charset declared in HTML meta, http-equiv and XML prolog wins over detection', () => {
  const body = `<p>${RUSSIAN}</p>`;
  const meta = decodeBytes(encoded(`<html><head><meta charset="koi8-r"></head><body>${body}</body></html>`, 'koi8-r'), { format: 'html' });
  assert.equal(meta.encoding, 'koi8-r');
  assert.ok(meta.text.includes(RUSSIAN));
  const equiv = decodeBytes(
    encoded(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>${body}</html>`, 'windows-1251'),
    { format: 'html' },
  );
  assert.equal(equiv.encoding, 'windows-1251');
  assert.deepEqual(equiv.problems, []);
  const xml = decodeBytes(encoded(`<?xml version="1.0" encoding="Shift_JIS"?><rss><title>${JAPANESE}</title></rss>`, 'shift_jis'), { format: 'xml' });
  assert.equal(xml.encoding, 'shift_jis');
  assert.ok(xml.text.includes(JAPANESE));
});

test('transport charset (HTTP header) beats the document; iso-8859-1 read as windows-1252', () => {
  const bytes = encoded(`<meta charset="utf-8"><p>${FRENCH}</p>`, 'windows-1252');
  const out = decodeBytes(bytes, { format: 'html', declared: charsetFromContentType('text/html; charset="ISO-8859-1"') });
  assert.equal(out.encoding, 'windows-1252');
  assert.ok(out.text.includes(FRENCH));
});

test('declared UTF-8 over invalid bytes is detected and flagged; unknown label is flagged', () => {
  const out = decodeBytes(encoded(`<meta charset=utf-8><p>${RUSSIAN}</p>`, 'windows-1251'), { format: 'html' });
  assert.equal(out.encoding, 'windows-1251');
  assert.equal(out.problems[0]?.ruleId, 'ingest/charset-mismatch');
  const unknown = decodeBytes(encoded('<meta charset="x-klingon"><p>plain</p>', 'utf-8'), { format: 'html' });
  assert.equal(unknown.encoding, 'utf-8');
  assert.equal(unknown.problems[0]?.ruleId, 'ingest/charset-unknown');
});

test('findDeclaredCharset only looks at the head of the document', () => {
  assert.equal(findDeclaredCharset(encoded('<meta content="text/html; charset=koi8-r" http-equiv="content-type">', 'utf-8')), 'koi8-r');
  assert.equal(findDeclaredCharset(encoded(`${' '.repeat(5000)}<meta charset="koi8-r">`, 'utf-8')), null);
});

test('a page re-encoded to UTF-8 with its old legacy <meta charset> left in is read as UTF-8', () => {
  const out = decodeBytes(encoded(`<meta charset="windows-1251"><p>${RUSSIAN}</p>`, 'utf-8'), { format: 'html' });
  assert.equal(out.encoding, 'utf-8');
  assert.ok(out.text.includes(RUSSIAN));
  assert.equal(out.problems[0]?.ruleId, 'ingest/charset-override');
  const header = decodeBytes(encoded(`<p>${FRENCH}</p>`, 'utf-8'), { format: 'html', declared: 'windows-1252' });
  assert.equal(header.encoding, 'windows-1252', 'a transport declaration is obeyed as browsers do');
});
