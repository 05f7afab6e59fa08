import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { findDateRange, parseDateRange } from '../../pipeline/model/parse-dates.js';

/** A date as written, and the normalised start and end a reader takes from it. */
type Case = [text: string, start: string, end: string];

const test = suite('parseDateRange');

const cases: Case[] = [
  ['May 2017-Dec 2019', '2017-05', '2019-12'],
  ['Dec 2019-Current', '2019-12', 'present'],
  ['Jan. 2020 – Mar. 2021', '2020-01', '2021-03'],
  ['2010-2014', '2010', '2014'],
  ['2014–2017', '2014', '2017'],
  ['2022–now', '2022', 'present'],
  ['03/2018 - 11/2019', '2018-03', '2019-11'],
  ['2019-04 – present', '2019-04', 'present'],
  ['May 2014-April 2017', '2014-05', '2017-04'],
  ['Sept 2017 — Today', '2017-09', 'present'],
];

for (const [text, start, end] of cases) {
  test(`normalises "${text}" to ${start}…${end}`, () => {
    const range = parseDateRange(text);
    assert.ok(range, 'expected a date range');
    assert.is(range.text, text);
    assert.is(range.start?.value, start);
    assert.is(range.end?.value, end);
  });
}

test('reads a single year as a range of one point', () => {
  const range = parseDateRange('2014');
  assert.is(range?.start?.value, '2014');
  assert.is(range?.end?.value, '2014');
});

test('keeps the written text of each end', () => {
  const range = parseDateRange('Jan. 2020 – Mar. 2021');
  assert.is(range?.start?.text, 'Jan. 2020');
  assert.is(range?.end?.text, 'Mar. 2021');
});

test('refuses words that are not dates', () => {
  for (const text of ['Self Employed', 'Oracle', 'Foo 2019', '13/2019', '2019-13', 'Ma 2019']) {
    assert.is(parseDateRange(text), null, text);
  }
});

test.run();

/** One suite per table: each case reads as "reads TEXT as START to END". */
function table(name: string, rows: Case[]): void {
  const tableSuite = suite(name);
  for (const [text, start, end] of rows) {
    tableSuite(`reads "${text}" as ${start} to ${end}`, () => {
      const range = parseDateRange(text);
      assert.ok(range, 'expected a date');
      assert.is(range.start?.value, start);
      assert.is(range.end?.value, end);
    });
  }
  tableSuite.run();
}

table('parseDateRange: a single date is its own start and end', [
  ['May 2014', '2014-05', '2014-05'],
  ['2014', '2014', '2014'],
  ['[May] 2014.', '2014-05', '2014-05'],
  ['2012.', '2012', '2012'],
  ['15 March 2020', '2020-03', '2020-03'],
  ['Jan/2020', '2020-01', '2020-01'],
  ['Setembro/2024', '2024-09', '2024-09'],
  ['Jun ’19', '2019-06', '2019-06'],
]);

table('parseDateRange: numeric months, with the day dropped', [
  ['2019/04', '2019-04', '2019-04'],
  ['2021.07', '2021-07', '2021-07'],
  ['2019.4', '2019-04', '2019-04'],
  ['04/2019', '2019-04', '2019-04'],
  ['4.2019', '2019-04', '2019-04'],
  ['2019-04-01', '2019-04', '2019-04'],
  ['2019.04.01', '2019-04', '2019-04'],
  ['01/02/2023', '2023-02', '2023-02'],
  ['01.02.2023', '2023-02', '2023-02'],
  ['25/12/2022', '2022-12', '2022-12'],
  ['12/25/2022', '2022-12', '2022-12'],
  ['2015.09 - 2019.06', '2015-09', '2019-06'],
  ['2016/07 - 2016/09', '2016-07', '2016-09'],
  ['10/2020 – 04/2024', '2020-10', '2024-04'],
  ['Jan/2017 – Mar/2020', '2017-01', '2020-03'],
  ['2011-12', '2011-12', '2011-12'],
]);

table('parseDateRange: years', [
  ['2019/2020', '2019', '2020'],
  ['2019/20', '2019', '2020'],
  ['2019–20', '2019', '2020'],
  ['1999–00', '1999', '2000'],
  ['2010 to 2014', '2010', '2014'],
  ['2010 until 2014', '2010', '2014'],
  ['from 2019 to 2021', '2019', '2021'],
]);

table('parseDateRange: seasons are March, June, September and December', [
  ['Summer 2019', '2019-06', '2019-06'],
  ['Fall 2024 – Winter 2025', '2024-09', '2025-12'],
  ['Spring 2020 – Autumn 2021', '2020-03', '2021-09'],
  ['Sommer 2019', '2019-06', '2019-06'],
  ['Hiver 2020', '2020-12', '2020-12'],
  ['otoño 2018 – primavera 2019', '2018-09', '2019-03'],
  ['Summer ’21', '2021-06', '2021-06'],
]);

table('parseDateRange: a German semester runs April–September or October–March', [
  ['SS 2022', '2022-04', '2022-09'],
  ['WS 2021/22', '2021-10', '2022-03'],
  ['SoSe 2020', '2020-04', '2020-09'],
  ['Wintersemester 2019/2020 – Sommersemester 2022', '2019-10', '2022-09'],
]);

table('parseDateRange: an open start or an open end runs to the present', [
  ['Since 2020', '2020', 'present'],
  ['Since March 2022', '2022-03', 'present'],
  ['Seit Mai 2024', '2024-05', 'present'],
  ['seit 03/2022', '2022-03', 'present'],
  ['Depuis 2021', '2021', 'present'],
  ['Depuis septembre 2021', '2021-09', 'present'],
  ['À partir de 2020', '2020', 'present'],
  ['Desde 2020', '2020', 'present'],
  ['Desde marzo de 2021', '2021-03', 'present'],
  ['Dal 2019', '2019', 'present'],
  ["dall'aprile 2019", '2019-04', 'present'],
  ['Sinds 2020', '2020', 'present'],
  ['Vanaf mei 2021', '2021-05', 'present'],
  ['Od 2020', '2020', 'present'],
  ['Od stycznia 2020', '2020-01', 'present'],
  ['Sedan 2019', '2019', 'present'],
  ['2020 –', '2020', 'present'],
  ['2020 - ', '2020', 'present'],
  ['(2020 – )', '2020', 'present'],
  ['2020年4月〜', '2020-04', 'present'],
]);

table('parseDateRange: a year written once belongs to both ends', [
  ['Avril - Août 2024', '2024-04', '2024-08'],
  ['Jan – Mar 2021', '2021-01', '2021-03'],
  ['Nov – Feb 2021', '2020-11', '2021-02'],
  ['Spring – Summer 2020', '2020-03', '2020-06'],
]);

table('parseDateRange: English', [
  ['June 2022 and onwards', '2022-06', 'present'],
  ['2019 – onwards', '2019', 'present'],
  ['Apr 2021 – Present', '2021-04', 'present'],
  ['June 2020 – current', '2020-06', 'present'],
  ['Jan 2019 – currently', '2019-01', 'present'],
  ['March 15, 2020 – ongoing', '2020-03', 'present'],
  ['Sep 2015 – Sep 2016', '2015-09', '2016-09'],
  ['September 2020 — till now', '2020-09', 'present'],
  ['2019 till now', '2019', 'present'],
  ['2019 to date', '2019', 'present'],
  ['Mar 2018 – to date', '2018-03', 'present'],
  ['Jan 2021 – till date', '2021-01', 'present'],
  ['2020 – until now', '2020', 'present'],
  ['2017 – ongoing', '2017', 'present'],
  ['June 2016 – Present day', '2016-06', 'present'],
]);

table('parseDateRange: a part of a year keeps the year only', [
  ['early 2022', '2022', '2022'],
  ['Mid-2019', '2019', '2019'],
  ['2018 – late 2020', '2018', '2020'],
  ['Awal 2022', '2022', '2022'],
  ['Akhir 2022', '2022', '2022'],
  ['Pertengahan 2022', '2022', '2022'],
  ['2021 – Awal 2022', '2021', '2022'],
]);

table('parseDateRange: German', [
  ['Januar 2020 - heute', '2020-01', 'present'],
  ['März 2016 - Dezember 2019', '2016-03', '2019-12'],
  ['Marz 2016 - Dez 2019', '2016-03', '2019-12'],
  ['Okt 2021 - Mär 2024', '2021-10', '2024-03'],
  ['Mrz 2020 – Gegenwart', '2020-03', 'present'],
  ['Juli 2021 – jetzt', '2021-07', 'present'],
  ['Jänner 2019 – aktuell', '2019-01', 'present'],
  ['1. Mai 2020 – 31.12.2021', '2020-05', '2021-12'],
  ['von 2019 bis 2021', '2019', '2021'],
  ['2019 bis heute', '2019', 'present'],
]);

table('parseDateRange: French', [
  ['Février 2019 – Août 2021', '2019-02', '2021-08'],
  ['fevrier 2019 – aout 2021', '2019-02', '2021-08'],
  ['janv. 2020 – aujourd’hui', '2020-01', 'present'],
  ["janv. 2020 – aujourd'hui", '2020-01', 'present'],
  ['sept. 2016 – déc. 2019', '2016-09', '2019-12'],
  ['juil. 2018 – maintenant', '2018-07', 'present'],
  ['Sept 2024 - Présent', '2024-09', 'present'],
  ['Mars 2021 – en cours', '2021-03', 'present'],
  ['de 2019 à 2021', '2019', '2021'],
]);

table('parseDateRange: Spanish', [
  ['Enero 2020 - Actualidad', '2020-01', 'present'],
  ['ene. 2020 – actual', '2020-01', 'present'],
  ['abr. 2021 – actualidad', '2021-04', 'present'],
  ['sept. 2017 – mar. 2021', '2017-09', '2021-03'],
  ['Sep 2016 - dic. 2019', '2016-09', '2019-12'],
  ['Julio 2018 - hoy', '2018-07', 'present'],
  ['Setiembre 2015 – presente', '2015-09', 'present'],
  ['enero de 2020 hasta la actualidad', '2020-01', 'present'],
]);

table('parseDateRange: Portuguese', [
  ['Março 2021 – atual', '2021-03', 'present'],
  ['Agosto 2018 – Fevereiro 2021', '2018-08', '2021-02'],
  ['Fev 2023 - atual', '2023-02', 'present'],
  ['Set 2019 – atualmente', '2019-09', 'present'],
  ['Out 2017 – Dez 2019', '2017-10', '2019-12'],
  ['2023 – cursando', '2023', 'present'],
  ['03/2021 - Atual', '2021-03', 'present'],
  ['jan 2020 até o momento', '2020-01', 'present'],
  ['Setembro/2024 – hoje', '2024-09', 'present'],
]);

table('parseDateRange: Italian', [
  ['Gennaio 2019 – Presente', '2019-01', 'present'],
  ['Settembre 2015 – Dicembre 2018', '2015-09', '2018-12'],
  ['gen 2020 – oggi', '2020-01', 'present'],
  ['mag 2018 – in corso', '2018-05', 'present'],
  ['mar 2021 in corso', '2021-03', 'present'],
  ['2019 – ad oggi', '2019', 'present'],
  ['2019 – oggi', '2019', 'present'],
  ['set 2016 – attuale', '2016-09', 'present'],
  ['ott 2012 – lug 2015', '2012-10', '2015-07'],
]);

table('parseDateRange: Dutch', [
  ['januari 2020 – heden', '2020-01', 'present'],
  ['maart 2015 – december 2019', '2015-03', '2019-12'],
  ['mei 2018 – nu', '2018-05', 'present'],
  ['okt 2015 – mrt 2018', '2015-10', '2018-03'],
  ['van 2019 tot 2021', '2019', '2021'],
  ['juni 2022 en verder', '2022-06', 'present'],
  ['2020 – tot heden', '2020', 'present'],
  ['2020 tot heden', '2020', 'present'],
]);

table('parseDateRange: Polish', [
  ['sty 2020 – obecnie', '2020-01', 'present'],
  ['lipiec 2017 – grudzień 2019', '2017-07', '2019-12'],
  ['październik 2012 – czerwiec 2017', '2012-10', '2017-06'],
  ['pazdziernik 2012 – czerwiec 2017', '2012-10', '2017-06'],
  ['1 stycznia 2020 – teraz', '2020-01', 'present'],
  ['od 2019 do 2021', '2019', '2021'],
]);

table('parseDateRange: Swedish', [
  ['maj 2018 – nu', '2018-05', 'present'],
  ['okt 2015 – apr 2018', '2015-10', '2018-04'],
  ['augusti 2010 – juni 2015', '2010-08', '2015-06'],
  ['mars 2019 – pågående', '2019-03', 'present'],
]);

table('parseDateRange: Russian', [
  ['2021 - настоящее время', '2021', 'present'],
  ['сентябрь 2018 — март 2021', '2018-09', '2021-03'],
  ['Август 2016 — по настоящее время', '2016-08', 'present'],
  ['сентября 2018 — марта 2021', '2018-09', '2021-03'],
  ['сент. 2019 – янв. 2021', '2019-09', '2021-01'],
  ['май 2017 – н.в.', '2017-05', 'present'],
  ['Декабрь 2020 – сейчас', '2020-12', 'present'],
  ['2019 – наст. время', '2019', 'present'],
  ['2019 по настоящее время', '2019', 'present'],
  ['с 2019 по 2021', '2019', '2021'],
  ['С марта 2020', '2020-03', 'present'],
]);

table('parseDateRange: Turkish', [
  ['Eylül 2020 - Günümüz', '2020-09', 'present'],
  ['Haziran 2017 - Ağustos 2020', '2017-06', '2020-08'],
  ['Ocak 2015 – Şubat 2016', '2015-01', '2016-02'],
  ['Mart 2014 – Nisan 2014', '2014-03', '2014-04'],
  ['Mayıs 2019 – Halen', '2019-05', 'present'],
  ['KASIM 2019 – ARALIK 2020', '2019-11', '2020-12'],
  ['Tem 2016 – Eyl 2016', '2016-07', '2016-09'],
  ['Eki 2021 – Devam ediyor', '2021-10', 'present'],
  ['2022 – şu an', '2022', 'present'],
]);

table('parseDateRange: Indonesian and Malay', [
  ['2022 – Sekarang', '2022', 'present'],
  ['Juli 2019 – Desember 2019', '2019-07', '2019-12'],
  ['Agu 2024 - Des 2025', '2024-08', '2025-12'],
  ['Des 2019 - Jan 2020', '2019-12', '2020-01'],
  ['Des 2025', '2025-12', '2025-12'],
  ['Agt 2020 – Maret 2021', '2020-08', '2021-03'],
  ['Mei 2018 – Saat ini', '2018-05', 'present'],
  ['Okt 2025 - Kini', '2025-10', 'present'],
  ['Februari 2020 sampai sekarang', '2020-02', 'present'],
  ['2019 s/d 2021', '2019', '2021'],
  ['Sejak 2020', '2020', 'present'],
  ['Mac 2019 – Ogos 2020', '2019-03', '2020-08'],
  ['Julai 2021 – Disember 2021', '2021-07', '2021-12'],
]);

table('parseDateRange: Vietnamese', [
  ['08/2023 – Hiện tại', '2023-08', 'present'],
  ['tháng 8/2023', '2023-08', '2023-08'],
  ['Tháng 8 năm 2023', '2023-08', '2023-08'],
  ['T8/2023 – nay', '2023-08', 'present'],
  ['tháng 6/2021 – tháng 7/2023', '2021-06', '2023-07'],
  ['08/2023 đến nay', '2023-08', 'present'],
  ['2020 – đến nay', '2020', 'present'],
]);

table('parseDateRange: Chinese', [
  ['2019年5月 – 至今', '2019-05', 'present'],
  ['2019年5月至今', '2019-05', 'present'],
  ['2018年7月 – 2019年4月', '2018-07', '2019-04'],
  ['2021.03 - 至今', '2021-03', 'present'],
  ['2018/10 - 至今', '2018-10', 'present'],
  ['2020年4月 - 现在', '2020-04', 'present'],
  ['2016年', '2016', '2016'],
]);

table('parseDateRange: Japanese', [
  ['2024 年 1 月 〜 現在', '2024-01', 'present'],
  ['2020年4月～2022年3月', '2020-04', '2022-03'],
  ['2020年4月から2022年3月', '2020-04', '2022-03'],
  ['２０２０年４月～現在', '2020-04', 'present'],
  ['2020.04 - 現在', '2020-04', 'present'],
]);

table('parseDateRange: Korean', [
  ['2021.07 ~ 현재', '2021-07', 'present'],
  ['2021년 7월 ~ 현재', '2021-07', 'present'],
  ['2019.03 ~ 2021.06', '2019-03', '2021-06'],
  ['2021.07 ~ 재직 중', '2021-07', 'present'],
  ['2021.07 ~ 재직중', '2021-07', 'present'],
  ['2021. 07. ~ 현재', '2021-07', 'present'],
]);

const written = suite('parseDateRange: text as written');

written('drops wrapping parentheses and brackets from the range text', () => {
  assert.is(parseDateRange('(2019 – 2021)')?.text, '2019 – 2021');
  assert.is(parseDateRange('[2019 – 2021]')?.text, '2019 – 2021');
  assert.is(parseDateRange('（2020年4月 〜 現在）')?.text, '2020年4月 〜 現在');
});

written('keeps a bracketed month and drops the final full stop', () => {
  const range = parseDateRange('[May] 2014.');
  assert.is(range?.text, '[May] 2014');
  assert.is(range?.start?.text, '[May] 2014');
});

written('skips a leading emoji', () => {
  assert.is(parseDateRange('📅 Mar 2021 – Present')?.text, 'Mar 2021 – Present');
});

written('gives each end of a shared-year range its own text', () => {
  const range = parseDateRange('Avril - Août 2024');
  assert.is(range?.start?.text, 'Avril');
  assert.is(range?.end?.text, 'Août 2024');
});

written('gives an end that is not written an empty text', () => {
  const range = parseDateRange('Since 2020');
  assert.is(range?.text, 'Since 2020');
  assert.is(range?.start?.text, '2020');
  assert.equal(range?.end, { text: '', value: 'present' });
});

written('refuses a month, a season or a present word without a year', () => {
  for (const text of ['May', 'Present', 'nu', 'Summer', 'Jan – present', 'May – June']) {
    assert.is(parseDateRange(text), null, text);
  }
});

written('refuses a date with more text around it', () => {
  for (const text of ['Período: 2019', '2019 – 2021 (2 years)', '(2019 – 2021', 'Since', 'from 2019']) {
    assert.is(parseDateRange(text), null, text);
  }
});

written('refuses an abbreviation that could be two months', () => {
  assert.is(parseDateRange('jui 2020'), null);
});

written('refuses years before 1950 and after 2099', () => {
  for (const text of ['1949', '2100', '1900 – 1910']) assert.is(parseDateRange(text), null, text);
});

written.run();

const find = suite('findDateRange');

/** A longer text, the date range inside it as written, and its normalised ends. */
const found: Array<[text: string, date: string, start: string, end: string]> = [
  ['Role, Org, 2011–present', '2011–present', '2011', 'present'],
  ['Berlin | Sep 2019 – Aug 2022', 'Sep 2019 – Aug 2022', '2019-09', '2022-08'],
  ['OpenQuery (Since 2020)', 'Since 2020', '2020', 'present'],
  ['Lintwise (2017 – 2020)', '2017 – 2020', '2017', '2020'],
  ['Fall 2021: Research Assistant', 'Fall 2021', '2021-09', '2021-09'],
  ['📅 Mar 2021 – Present | Remote', 'Mar 2021 – Present', '2021-03', 'present'],
  ['Período: 03/2021 - Atual', '03/2021 - Atual', '2021-03', 'present'],
  ['Zeitraum: 10/2020 – 04/2024', '10/2020 – 04/2024', '2020-10', '2024-04'],
  ['Jan 2023 – Present (2 years) | Remote', 'Jan 2023 – Present', '2023-01', 'present'],
  ['Jun 2018 – Dec 2019 (1 year 7 months) / Lille', 'Jun 2018 – Dec 2019', '2018-06', '2019-12'],
  ['Ph.D. Physics, University of Elmstead, [May] 2016.', '[May] 2016', '2016-05', '2016-05'],
  ['M.Sc. Physics, 2012.', '2012', '2012', '2012'],
  ['株式会社サクラソフト（2020年4月 〜 現在）', '2020年4月 〜 現在', '2020-04', 'present'],
  ['예시테크 - 백엔드 개발자 (2021.07 ~ 현재)', '2021.07 ~ 현재', '2021-07', 'present'],
  ['2019年5月 – 至今 | 杭州', '2019年5月 – 至今', '2019-05', 'present'],
  ['任职2019年5月至今', '2019年5月至今', '2019-05', 'present'],
  ['maj 2018 – nu · Göteborg', 'maj 2018 – nu', '2018-05', 'present'],
  ['janv. 2020 – aujourd’hui · Nantes', 'janv. 2020 – aujourd’hui', '2020-01', 'present'],
  ['Engineer, Acme, 2020 –', '2020 –', '2020', 'present'],
  ['Class of 2012, Sep 2008 – Jun 2012', 'Sep 2008 – Jun 2012', '2008-09', '2012-06'],
  ['Tutor, WS 2021/22', 'WS 2021/22', '2021-10', '2022-03'],
  ['Brightline Advisory, Chicago, 2015–2019', '2015–2019', '2015', '2019'],
  ['Werkstudent IT | Heidelberg | Jan 2020 - Jul 2021', 'Jan 2020 - Jul 2021', '2020-01', '2021-07'],
  ['Systemutvecklare, Exempel AB 2018 – 2020', '2018 – 2020', '2018', '2020'],
  ['Ведущий разработчик (2021 - настоящее время)', '2021 - настоящее время', '2021', 'present'],
  ['Частный репетитор (Август 2016 — по настоящее время)', 'Август 2016 — по настоящее время', '2016-08', 'present'],
  ['Kivimets Security, Finland. September 2020 — till now. Rust developer.', 'September 2020 — till now', '2020-09', 'present'],
  ['Himpunan Mahasiswa Sistem Informasi | Agu 2024 - Des 2025', 'Agu 2024 - Des 2025', '2024-08', '2025-12'],
  ['Himpunan Mahasiswa | Foo 2024 - Des 2025', '2024 - Des 2025', '2024', '2025-12'],
  ['CV Kilat Nusantara (2021 – Awal 2022)', '2021 – Awal 2022', '2021', '2022'],
  ['**Thời gian:** 08/2023 – Hiện tại · Đà Nẵng', '08/2023 – Hiện tại', '2023-08', 'present'],
  ['Từ tháng 8/2023 đến nay', 'Từ tháng 8/2023 đến nay', '2023-08', 'present'],
];

for (const [text, date, start, end] of found) {
  find(`finds "${date}" in "${text}"`, () => {
    const result = findDateRange(text);
    assert.ok(result, 'expected a date range');
    assert.is(result.range.text, date);
    assert.is(text.slice(result.start, result.end), date);
    assert.is(result.range.start?.value, start);
    assert.is(result.range.end?.value, end);
  });
}

const notDates = [
  '+49 30 5550 1234',
  '+49 30 2019 1234',
  '555-0142',
  '(555) 2019-1234',
  'Node 20',
  'v2.3',
  'ES2015',
  '$1.2M',
  '$2019',
  '40%',
  '2019%',
  '3 million',
  '1,000',
  '10115 Berlin',
  'ISO 9001:2015',
  'https://example.com/2019/05/post',
  'resume-2019.pdf',
  '(2 years)',
  'I joined in May',
  'Mar Vista',
  'We meet now and then',
  'Set theory',
  'Dez Müller',
  'nu',
  'built in the 2010s',
  'ISO 9001:2015 по ГОСТ',
  'T1 2023',
  'Кириллица2019',
];

for (const text of notDates) {
  find(`finds no date in "${text}"`, () => {
    assert.is(findDateRange(text), null);
  });
}

find('reads a lone present word after a bare space as prose, not as the end', () => {
  const result = findDateRange('Founded in 2019 now with 40 people');
  assert.is(result?.range.text, '2019');
  assert.is(result?.range.end?.value, '2019');
});

find.run();
