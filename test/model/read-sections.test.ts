import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { readSections, type SectionOptions } from '../../pipeline/model/read-sections.js';
import { parse } from '../../pipeline/parse.js';
import type { Block, Entry, Inline, Section } from '../../pipeline/model/types.js';

/** The body `markdown` read into sections (no header: every block is body). */
function read(markdown: string, options?: SectionOptions) {
  const file = new VFile({ path: 'x.md', value: markdown });
  const blocks = parse(file).children.filter((node): node is Block => node.type !== 'yaml');
  return { ...readSections(blocks, file, options), file };
}

const text = (content: Inline | null) => (content ? toString(content) : null);
const entriesOf = (section: Section) => section.children.filter((child): child is Entry => child.type === 'entry');

/** Each entry as `[role, organisation, location, start, end]`, section by section. */
function entries(markdown: string, options?: SectionOptions) {
  return read(markdown, options).sections.map((section) =>
    entriesOf(section).map((entry) => [text(entry.role), text(entry.organization), text(entry.location), entry.dates?.start?.value ?? null, entry.dates?.end?.value ?? null]),
  );
}

const titles = (markdown: string) => read(markdown).sections.map((section) => section.title);

const sections = suite('readSections: sections');

sections('reads setext, closed ATX and indented headings as sections', () => {
  assert.equal(titles('Experience\n----------\n\ntext\n\nEducation\n---------\n'), ['Experience', 'Education']);
  assert.equal(titles('## Experiência ##\n\n## Formação ##\n'), ['Experiência', 'Formação']);
  assert.equal(titles('  ## Experience\n\n   ## Education\n'), ['Experience', 'Education']);
});

sections('drops the emoji from the title but keeps it in the heading', () => {
  const [section] = read('## 💼 Expériences\n\ntext\n').sections;
  assert.is(section!.title, 'Expériences');
  assert.is(toString(section!.heading), '💼 Expériences');
});

sections('reads bold-only lines as section titles when the body has no heading', () => {
  const { sections: found } = read('**WORK EXPERIENCE**\n\nSenior Accountant, Harbor & Finch LLP (2019 – 2023)\n\n**Education:**\n\nB.S. Accounting, Commonwealth State University (2011 – 2015)\n');
  assert.equal(found.map((section) => section.title), ['WORK EXPERIENCE', 'Education']);
  assert.is(toString(found[1]!.heading), 'Education:');
  assert.equal(found.map((section) => entriesOf(section).length), [1, 1]);
});

sections('keeps a stray `#` heading among `##` sections a section', () => {
  assert.equal(titles('## Experience\n\n### Engineer — Acme\n\n*2018 – 2022*\n\n# Education\n\n## Interests\n'), ['Experience', 'Education', 'Interests']);
});

sections('keeps the sub-headings of a Skills section as headings, not entries', () => {
  const { sections: found } = read('## Experience\n\n### Engineer — Acme\n\n*2018 – 2022*\n\n## Skills\n\n### Languages\n\n- Java\n\n### Tools\n\n- Git\n');
  assert.equal(found.map((section) => section.title), ['Experience', 'Skills']);
  assert.equal(found[1]!.children.map((child) => child.type), ['heading', 'list', 'heading', 'list']);
});

sections('makes one untitled section of jobs written as headings with no section heading', () => {
  const { sections: found, summary } = read('Intro.\n\n### Backend Developer — Kestrel Systems\n\n*Feb 2020 – Present*\n\n### Intern — Ridgeback Software\n\n*2015*\n');
  assert.is(found.length, 1);
  assert.is(found[0]!.title, null);
  assert.equal(found[0]!.heading, []);
  assert.equal(summary.map((block) => block.type), ['paragraph']);
  assert.equal(entriesOf(found[0]!).map((entry) => text(entry.organization)), ['Kestrel Systems', 'Ridgeback Software']);
});

sections('leaves a body without headings or entries in the summary', () => {
  const { sections: found, summary } = read('Just some words.\n\n- a list item\n');
  assert.equal(found, []);
  assert.is(summary.length, 2);
});

sections.run();

const headings = suite('readSections: entries in headings');

headings('splits role and organisation on any separator', () => {
  const separators = ['—', '–', '-', '|', '/', '@', 'at'];
  for (const separator of separators) {
    assert.equal(entries(`## Work\n\n### Data Engineer ${separator} Acme GmbH\n\n*2019 – 2021*\n`), [[['Data Engineer', 'Acme GmbH', null, '2019', '2021']]], separator);
  }
  assert.equal(entries('## Work\n\n### バックエンドエンジニア｜株式会社ミライ工房\n\n2019 – 2021\n'), [[['バックエンドエンジニア', '株式会社ミライ工房', null, '2019', '2021']]]);
});

headings('tells role from organisation by inline style and links', () => {
  assert.equal(entries('## Work\n\n### **Research Scientist**, *Helix Bio Institute*, Boston\n\nSep 2021 – Present\n'), [[['Research Scientist', 'Helix Bio Institute', 'Boston', '2021-09', 'present']]]);
  assert.equal(entries('## Work\n\n### **Android Developer** [Bluewhale](https://bluewhale.example.com)\n\n*2018 – 2020*\n'), [[['Android Developer', 'Bluewhale', null, '2018', '2020']]]);
});

headings('cuts dates in parentheses and after a `<br>` out of the names', () => {
  assert.equal(entries('## Work\n\n### Product Designer – Lumen Studio (2019 – 2021)\n'), [[['Product Designer', 'Lumen Studio', null, '2019', '2021']]]);
  assert.equal(entries('## Work\n\n### Senior Consultant — Brightline Advisory<br>*Chicago, 2015–2019*\n'), [[['Senior Consultant', 'Brightline Advisory', 'Chicago', '2015', '2019']]]);
});

headings('reads a date line with a place and trailing extras under the heading', () => {
  assert.equal(entries('## Work\n\n### Product Manager — Marée Mobility\n\n*Jan 2023 – Present (2 years) | Remote*\n'), [[['Product Manager', 'Marée Mobility', 'Remote', '2023-01', 'present']]]);
  assert.equal(entries('## Work\n\n### Tech Lead @ Nimbus Labs\n\n📅 Jun 2017 – Feb 2021 | Austin, TX\n'), [[['Tech Lead', 'Nimbus Labs', 'Austin, TX', '2017-06', '2021-02']]]);
});

headings('takes a date line right above the heading as its dates, first', () => {
  const { sections: found } = read('## Work\n\n*January 2019 – Present*\n### Backend Developer — Lanterna Digitale S.r.l.\n\n- Payments\n');
  const [entry] = entriesOf(found[0]!);
  assert.equal([text(entry!.role), text(entry!.organization), entry!.dates?.start?.value, entry!.datesFirst], ['Backend Developer', 'Lanterna Digitale S.r.l.', '2019-01', true]);
  assert.equal(entry!.children.map((child) => child.type), ['list']);
});

headings('reads entries at a skipped heading level when they have dates', () => {
  assert.equal(entries('## Work\n\n#### Software Engineer, Olivar Tech\n\n*Apr 2021 – present*, Seville\n'), [[['Software Engineer', 'Olivar Tech', 'Seville', '2021-04', 'present']]]);
});

headings.run();

const companies = suite('readSections: a company over its roles');

companies('makes one entry per role line under a company heading', () => {
  const markdown = '## Experience\n\n### Northwind Traders\n\n**Engineering Manager** · Jan 2021 – Present\n\n- Manages two teams\n\n**Senior Software Engineer** · Mar 2018 – Dec 2020\n\n### Peachtree Labs\n\n**Software Engineer** · Jun 2015 – Feb 2018\n';
  assert.equal(entries(markdown), [
    [
      ['Engineering Manager', 'Northwind Traders', null, '2021-01', 'present'],
      ['Senior Software Engineer', 'Northwind Traders', null, '2018-03', '2020-12'],
      ['Software Engineer', 'Peachtree Labs', null, '2015-06', '2018-02'],
    ],
  ]);
});

companies('reads a bold company line with its place over emphasised role lines', () => {
  const markdown = '## Work\n\n**Velox Robotics, Pune** — 2019 – Present\n\n*Senior Controls Engineer*\n\n**Indus Motors, Chennai**\n\n*Controls Engineer* (Jul 2016 – Jun 2019)\n\n*Graduate Engineer Trainee* (Jul 2015 – Jun 2016)\n';
  assert.equal(entries(markdown), [
    [
      ['Senior Controls Engineer', 'Velox Robotics', 'Pune', '2019', 'present'],
      ['Controls Engineer', 'Indus Motors', 'Chennai', '2016-07', '2019-06'],
      ['Graduate Engineer Trainee', 'Indus Motors', 'Chennai', '2015-07', '2016-06'],
    ],
  ]);
});

companies('reads `***Company, City***`, a date line and `*Role*` in any order', () => {
  assert.equal(entries('## Work\n\n***Lakeside Analytics, Denver***  \nMar 2017 – Present  \n*Business Intelligence Analyst*\n\n***Crescent Bank, Omaha***  \n*Junior Analyst*  \nJun 2014 – Feb 2017\n'), [
    [
      ['Business Intelligence Analyst', 'Lakeside Analytics', 'Denver', '2017-03', 'present'],
      ['Junior Analyst', 'Crescent Bank', 'Omaha', '2014-06', '2017-02'],
    ],
  ]);
});

companies('completes a company heading with the role heading under it', () => {
  assert.equal(entries('# Experience\n\n## Lumbre Energía\n\n> Mar 2020 – Present\n\n### Grid Software Engineer\n\n> Madrid, Spain\n\n- Forecasting\n\n# Education\n'), [[['Grid Software Engineer', 'Lumbre Energía', 'Madrid, Spain', '2020-03', 'present']], []]);
});

companies.run();

const paragraphs = suite('readSections: entries in paragraphs, lists, tables');

paragraphs('reads the sample’s bold lines with dates first or last', () => {
  assert.equal(entries('### Labor\n\n**May 2017-Dec 2019, Principal Member of Technical Staff, Oracle**\n\n**Bachelor of Software Engineering, Auburn University, 2010-2014**\n'), [
    [
      ['Principal Member of Technical Staff', 'Oracle', null, '2017-05', '2019-12'],
      ['Bachelor of Software Engineering', 'Auburn University', null, '2010', '2014'],
    ],
  ]);
});

paragraphs('reads a paragraph that starts with dates, and keeps its running text', () => {
  const { sections: found } = read('## CV\n\n2021–2025  \n**IT Support**  \nComputing Centre of Hillside University  \nHelping students with technical problems.\n');
  const [entry] = entriesOf(found[0]!);
  assert.equal([text(entry!.role), text(entry!.organization), entry!.dates?.text, entry!.datesFirst], ['IT Support', 'Computing Centre of Hillside University', '2021–2025', true]);
  assert.is(toString(entry!.children), 'Helping students with technical problems.');
});

paragraphs('reads a definition-list paragraph (`2020 - Present` / `: Role - Company`)', () => {
  assert.equal(entries('# Work Experience\n\n2020 - Present\n: Platform Engineer - Danube Cloud\n\n- Terraform modules\n'), [[['Platform Engineer', 'Danube Cloud', null, '2020', 'present']]]);
});

paragraphs('reads list items as entries, with dates in a code span or at the end', () => {
  assert.equal(entries('## Experience\n\n- `2014–present` **Principal Engineer**, *Corvid Systems*, Austin\n  - Storage engine\n- `2010–2014` **Senior Engineer**, *Bluebonnet Networks*, Dallas\n'), [
    [
      ['Principal Engineer', 'Corvid Systems', 'Austin', '2014', 'present'],
      ['Senior Engineer', 'Bluebonnet Networks', 'Dallas', '2010', '2014'],
    ],
  ]);
  assert.equal(entries('## Internships\n\n- Example Consulting GmbH | Data Analytics Intern | Frankfurt | Aug 2024 - Dec 2024\n'), [[['Data Analytics Intern', 'Example Consulting GmbH', 'Frankfurt', '2024-08', '2024-12']]]);
});

paragraphs('keeps a list whose items are not all dated as a list', () => {
  const { sections: found } = read('## Contributions\n\n- I dabble in open source\n- Co-organizer of meetups since 2015\n');
  assert.equal(found[0]!.children.map((child) => child.type), ['list']);
});

paragraphs('reads a table row by row, by its header words or by its cells, keeping the header row', () => {
  const { sections: found } = read('## Experience\n\n| Period | Role | Company | Location |\n|---|---|---|---|\n| Jan 2022 – Present | Staff Engineer | Redwood Compute | San Jose |\n');
  assert.equal(found[0]!.children.map((child) => child.type), ['table', 'entry']);
  assert.equal(entries('## Experience\n\n| Period | Role | Company | Location |\n|---|---|---|---|\n| Jan 2022 – Present | Staff Engineer | Redwood Compute | San Jose |\n'), [[['Staff Engineer', 'Redwood Compute', 'San Jose', '2022-01', 'present']]]);
  assert.equal(entries('## Experience\n\n| | | |\n|---|---|---|\n| 2021 – 2023 | Grupo Volcán | Project Manager |\n'), [[['Project Manager', 'Grupo Volcán', null, '2021', '2023']]]);
});

paragraphs('keeps a two-column table as a table', () => {
  const { sections: found } = read('## Awards\n\n| Year | Prize |\n| ---- | ----- |\n| 2015 | Gold |\n');
  assert.equal(found[0]!.children.map((child) => child.type), ['table']);
});

paragraphs.run();

const order = suite('readSections: role or organisation');

order('decides by job-title words and organisation markers', () => {
  assert.equal(entries('## Work\n\n### Zalando SE — Senior Data Engineer\n\n*2021 – 2023*\n\n### Universität Isarfeld — Wissenschaftliche Mitarbeiterin\n\n*2015 – 2017*\n'), [
    [
      ['Senior Data Engineer', 'Zalando SE', null, '2021', '2023'],
      ['Wissenschaftliche Mitarbeiterin', 'Universität Isarfeld', null, '2015', '2017'],
    ],
  ]);
});

order('follows the document’s majority where an entry’s words tell nothing', () => {
  const markdown = '## Work\n\n### Acme GmbH — Engineer\n\n*2021 – 2023*\n\n### Globex — Tinkerer\n\n*2019 – 2021*\n';
  assert.equal(entries(markdown)[0]![1], ['Tinkerer', 'Globex', null, '2019', '2021']);
  assert.equal(read(markdown).file.messages, []);
});

order('without any evidence, reads role first, warns once, and follows the front matter hint', () => {
  const markdown = '## Work\n\n### Globex — Tinkerer\n\n*2019 – 2021*\n\n### Initech — Dreamer\n\n*2017 – 2019*\n';
  const { file } = read(markdown);
  assert.equal(file.messages.map((message) => [message.line, message.ruleId]), [[3, 'entry-order']]);
  assert.match(file.messages[0]!.reason, /entries: organization-first/);
  assert.equal(entries(markdown)[0]![0], ['Globex', 'Tinkerer', null, '2019', '2021']);
  const hinted = read(markdown, { entries: 'organization-first' });
  assert.equal(hinted.file.messages, []);
  assert.equal(entriesOf(hinted.sections[0]!).map((entry) => text(entry.role)), ['Tinkerer', 'Dreamer']);
});

order.run();

const words = suite('readSections: no word of a header is dropped');

words('keeps a word written between role and organisation, in the order it was written', () => {
  const [entry] = entriesOf(read('## Work\n\n### Analytics Engineer at Rocket Internet\n\n*2019 – 2021*\n').sections[0]!);
  assert.equal([text(entry!.role), entry!.joiner, text(entry!.organization)], ['Analytics Engineer', 'at', 'Rocket Internet']);
  const [dashed] = entriesOf(read('## Work\n\n### Analytics Engineer — Rocket Internet\n\n*2019 – 2021*\n').sections[0]!);
  assert.is(dashed!.joiner, null);
});

words('keeps the labels of labelled header lines, each with its field', () => {
  const [entry] = entriesOf(read('## Experiência\n\n### Mercado Sol | Engenheira de Software\n**Período:** 03/2021 - Atual  \n**Localização:** Recife, PE\n').sections[0]!);
  assert.equal([text(entry!.labels.dates ?? null), text(entry!.labels.location ?? null), text(entry!.location)], ['Período:', 'Localização:', 'Recife, PE']);
});

words('keeps a duration beside the dates as a note', () => {
  const [entry] = entriesOf(read('## Work\n\n### Product Manager — Acme\n\n*Jan 2023 – Present (2 years) | Remote*\n').sections[0]!);
  assert.equal([entry!.notes.map(text), text(entry!.location)], [['2 years'], 'Remote']);
});

words('reads a plain line naming a country as the place of a stack of lines, and keeps a part that fills no field as a note', () => {
  const [entry] = entriesOf(read('## Experience\n\n**Atlas Ledger**  \nCasablanca, Morocco  \n*Junior Backend Developer*  \nJan 2024 – Present\n').sections[0]!);
  assert.equal([text(entry!.role), text(entry!.organization), text(entry!.location)], ['Junior Backend Developer', 'Atlas Ledger', 'Casablanca, Morocco']);
  const [crowded] = entriesOf(read('## Experience\n\n**Atlas Ledger**  \nCasablanca, Morocco  \n*Junior Backend Developer*  \nPayments squad  \nJan 2024 – Present\n').sections[0]!);
  assert.equal(crowded!.notes.map(text), ['Payments squad']);
});

words.run();

const extras = suite('readSections: parentheses, markup and places in entry headers');

extras('keeps a parenthesis that names no place with the role, and reads one that does as the location', () => {
  assert.equal(entries('## Experience\n\n### Platform Engineer (Cloud Tooling) — Acme Ltd (Portland, OR), 2019 – 2021\n'), [
    [['Platform Engineer (Cloud Tooling)', 'Acme Ltd', 'Portland, OR', '2019', '2021']],
  ]);
});

extras('reads HTML tags around the dates as markup, not as words of the role', () => {
  assert.equal(entries('## Experience\n\n### Firmware Engineer — Northbeam Robotics Inc. <span style="float:right">Mar 2020 – Present</span>\n###### Pittsburgh, PA\n'), [
    [['Firmware Engineer', 'Northbeam Robotics Inc.', 'Pittsburgh, PA', '2020-03', 'present']],
  ]);
});

extras('reads a heading that names a company and its city as the organisation of the role headings under it', () => {
  assert.equal(entries('## Experience\n\n### Halvorsen Digital Partners, Newark, NJ\n\n#### Platform Engineer, Feb 2022 - Present\n\n- Work\n\n#### Software Engineer, Mar 2020 - Jan 2022\n'), [
    [
      ['Platform Engineer', 'Halvorsen Digital Partners', 'Newark, NJ', '2022-02', 'present'],
      ['Software Engineer', 'Halvorsen Digital Partners', 'Newark, NJ', '2020-03', '2022-01'],
    ],
  ]);
});

extras('reads a date heading under an entry heading as that entry’s dates', () => {
  assert.equal(entries('## Experience\n\n### Staff Engineer - Fjordline Freight, Inc.\n\n#### March 2019 – Present\n\nI lead the routing team.\n'), [
    [['Staff Engineer', 'Fjordline Freight, Inc.', null, '2019-03', 'present']],
  ]);
});

extras('reads `Remote` as the place and the degree in the first item as the role of an organisation heading', () => {
  assert.equal(entries('## Experience\n\n### **Junior Developer** | **Cobalt Web Studio**\n*Remote* | *2016 – 2018*\n\n## Education\n\n### **Central Valley State University**\n*Fresno, CA* | *2012 – 2016*\n\n* **B.S. in Computer Science**\n* Coursework\n'), [
    [['Junior Developer', 'Cobalt Web Studio', 'Remote', '2016', '2018']],
    [['B.S. in Computer Science', 'Central Valley State University', 'Fresno, CA', '2012', '2016']],
  ]);
});

extras('runs an organisation on over a line break that ends in a comma, and reads the country after it as the place', () => {
  assert.equal(entries('## Experience\n\n**Research Fellow** @ School of Physics,\nWrenford University, United Kingdom, 2020 – 2023\n'), [
    [['Research Fellow', 'School of Physics, Wrenford University', 'United Kingdom', '2020', '2023']],
  ]);
});

extras('splits a bold line without dates at a bar', () => {
  assert.equal(entries('## Experience\n\n**Senior Engineer | Acme Ltd**\n\n*March 2019 – June 2021*\n'), [[['Senior Engineer', 'Acme Ltd', null, '2019-03', '2021-06']]]);
});

extras.run();

const forms = suite('readSections: more entry forms');

forms('reads a two-column table of a period and a header cell, two dates side by side in the period', () => {
  const rows = entries('## Esperienze\n\n| Periodo | Lavoro |\n| --- | --- |\n| mar 2021 in corso | [Acme S.r.l.](https://acme.example), - __Sviluppatore Backend__ |\n| giu 2018 feb 2021 | Rivarossa Software - __Sviluppatore Java__ |\n');
  assert.equal(rows, [
    [
      ['Sviluppatore Backend', 'Acme S.r.l.', null, '2021-03', 'present'],
      ['Sviluppatore Java', 'Rivarossa Software', null, '2018-06', '2021-02'],
    ],
  ]);
});

forms('keeps a two-column table whose period cells are not all dates as a table', () => {
  const [section] = read('## Esperienze\n\n| Periodo | Lavoro |\n| --- | --- |\n| sempre | Acme - __Sviluppatore__ |\n').sections;
  assert.equal(section!.children.map((child) => child.type), ['table']);
});

forms('reads a quote that opens with a dated header as an entry, the rest of the quote its text', () => {
  const [section] = read('## Experience\n\n>**Software Engineer**, Cedarbrook Systems, Seattle WA, 01/2021 - present\n>Maintains the control plane.\n').sections;
  const [entry] = entriesOf(section!);
  assert.equal([text(entry!.role), text(entry!.organization), text(entry!.location), entry!.dates?.start?.value], ['Software Engineer', 'Cedarbrook Systems', 'Seattle WA', '2021-01']);
  assert.is(toString(entry!.children), 'Maintains the control plane.');
});

forms('completes a bold role item with the dated line nested first under it', () => {
  const markdown = '## Pengalaman\n\n* **Mentor Pemrograman Web**\n    * *SMK Negeri 41 Jakarta | Okt 2025 - Jan 2026*\n    * Membimbing siswa RPL.\n* **Multimedia Intern**\n    * *Dinas Kesehatan Provinsi Banten | Jan 2023 - Feb 2023*\n';
  assert.equal(entries(markdown), [
    [
      ['Mentor Pemrograman Web', 'SMK Negeri 41 Jakarta', null, '2025-10', '2026-01'],
      ['Multimedia Intern', 'Dinas Kesehatan Provinsi Banten', null, '2023-01', '2023-02'],
    ],
  ]);
});

forms('splits role and organisation at a comma before a bar when a place follows', () => {
  assert.equal(entries('## Experience\n\n### Senior Engineer, Harbourline Freight | Mar 2022 -- Present | Remote\n\n### Engineer, Copperleaf | Aug 2019 -- Feb 2022 | Austin, TX\n'), [
    [
      ['Senior Engineer', 'Harbourline Freight', 'Remote', '2022-03', 'present'],
      ['Engineer', 'Copperleaf', 'Austin, TX', '2019-08', '2022-02'],
    ],
  ]);
  assert.equal(entries('## Experience\n\n**Teaching Assistant** @ University of Caldermoor, United Kingdom\n\n*2020 to 2022*\n'), [[['Teaching Assistant', 'University of Caldermoor', 'United Kingdom', '2020', '2022']]]);
});

forms('reads `bei`, `bij`, `chez` and `presso` like `at`, keeping the word', () => {
  const lines = ['Softwareentwickler bei Bodensee GmbH', 'Software Engineer bij Dijkstra Logistiek', 'Développeuse chez Agence Vercors', 'Stagista presso Studio Ponti'];
  const [section] = read(`## Erfahrung\n\n${lines.map((line) => `- **${line}** (2020-Heute)\n`).join('')}`).sections;
  assert.equal(
    entriesOf(section!).map((entry) => [text(entry.role), entry.joiner, text(entry.organization)]),
    [['Softwareentwickler', 'bei', 'Bodensee GmbH'], ['Software Engineer', 'bij', 'Dijkstra Logistiek'], ['Développeuse', 'chez', 'Agence Vercors'], ['Stagista', 'presso', 'Studio Ponti']],
  );
});

forms('completes a dated item that names one thing with the one title item nested under it', () => {
  const markdown = '## Courses\n\n* **RS School (2023)**\n  * [JavaScript Front-end. Stage 0](https://rs.school/)\n* **Prometheus (2022)**\n  * Introduction to Computer Science\n* **Warehouse Assistant (2013 - 2015)**\n  * Stock control and shipping documents\n';
  assert.equal(entries(markdown), [
    [
      ['JavaScript Front-end. Stage 0', 'RS School', null, '2023', '2023'],
      ['Introduction to Computer Science', 'Prometheus', null, '2022', '2022'],
      ['Warehouse Assistant', null, null, '2013', '2015'],
    ],
  ]);
});

forms('keeps a remark after the dates as a note, and a lower-case comma part with the name before it', () => {
  const [section] = read('## Education\n\n* Master MVA (Mathematics, Vision, Learning), ENS Paris-Saclay, 2025 (expected)\n* Engineering degree, specialised in data science, ISAE-Supaero, 2020-2024\n').sections;
  assert.equal(
    entriesOf(section!).map((entry) => [text(entry.role), text(entry.organization), text(entry.location), entry.dates?.text, entry.notes.map(text)]),
    [
      ['Master MVA (Mathematics, Vision, Learning)', 'ENS Paris-Saclay', null, '2025', ['expected']],
      ['Engineering degree, specialised in data science', 'ISAE-Supaero', null, '2020-2024', []],
    ],
  );
});

forms('finds a place between the names, or written without a comma, and never in a legal form', () => {
  assert.equal(entries('## Experience\n\n### Kivimets Security, Finland. September 2020 — till now. Rust developer.\n\n>**Allegheny Institute of Technology**, Pittsburgh PA, 12/2020\n>M.S. in Electrical Engineering\n\n### Embedded Engineer, Kansai Devices Co., Ltd. (2015 – 2019)\n'), [
    [
      ['Rust developer.', 'Kivimets Security', 'Finland.', '2020-09', 'present'],
      ['M.S. in Electrical Engineering', 'Allegheny Institute of Technology', 'Pittsburgh PA', '2020-12', '2020-12'],
      ['Embedded Engineer', 'Kansai Devices Co., Ltd.', null, '2015', '2019'],
    ],
  ]);
  assert.equal(entries('## Erfahrung\n\n- Neckarwerk AG | Werkstudent IT | Heidelberg | Jan 2020 - Jul 2021\n'), [[['Werkstudent IT', 'Neckarwerk AG', 'Heidelberg', '2020-01', '2021-07']]]);
});

forms('reads a dates heading over a bold role and a quote of the organisation and a pinned place', () => {
  const markdown = '## Experiência\n\n### 2022 - até o momento\n\n**Analista de Testes / QA**\n\n> Pampa Software\n>\n> 📍 Porto Alegre/RS (remoto)\n\n### 2012 - 2013\n\n**Tecnólogo em Jogos Digitais** *(não concluído)*\n\n> Centro Universitário Vale dos Sinos\n';
  assert.equal(entries(markdown), [
    [
      ['Analista de Testes / QA', 'Pampa Software', 'Porto Alegre/RS (remoto)', '2022', 'present'],
      ['Tecnólogo em Jogos Digitais', 'Centro Universitário Vale dos Sinos', null, '2012', '2013'],
    ],
  ]);
});

forms('splits at a short joiner (`en`, `w`) only right after a styled name', () => {
  assert.equal(entries('## Experiencia\n\n**Ingeniera de QA** en Torrecilla Software, Madrid\n\n*Enero 2020 - Actualidad*\n\n**Grado en Ingeniería Informática**, Universidad de Levante (2011-2015)\n'), [
    [
      ['Ingeniera de QA', 'Torrecilla Software', 'Madrid', '2020-01', 'present'],
      ['Grado en Ingeniería Informática', 'Universidad de Levante', null, '2011', '2015'],
    ],
  ]);
});

forms('reads lines that label each field (Europass) as one entry, a label of no field as a note', () => {
  const markdown = '## Esperienza professionale\n\n**Date:** da ottobre 2019 a oggi  \n**Datore di lavoro:** Appennino Robotics S.r.l., Bologna  \n**Tipo di attività o settore:** robotica industriale  \n**Posizione ricoperta:** Ingegnera di controllo\n';
  const [section] = read(markdown).sections;
  const [entry] = entriesOf(section!);
  assert.is(section!.title, 'Esperienza professionale');
  assert.equal([text(entry!.role), text(entry!.organization), text(entry!.location), entry!.dates?.start?.value, entry!.notes.map(text)], ['Ingegnera di controllo', 'Appennino Robotics S.r.l.', 'Bologna', '2019-10', ['Tipo di attività o settore: robotica industriale']]);
});

forms('reads an HTML heading among Markdown ones as a section heading', () => {
  const { sections } = read('<h2>Experience</h2>\n\n### Product Designer at Nomada Travel\n<sub>Sep 2018 – May 2021 · Barcelona</sub>\n\n## Tools\n\nFigma\n');
  assert.equal(sections.map((section) => [section.title, entriesOf(section).map((entry) => [text(entry.role), text(entry.organization), text(entry.location)])]), [
    ['Experience', [['Product Designer', 'Nomada Travel', 'Barcelona']]],
    ['Tools', []],
  ]);
});

forms('keeps a degree and its subject together, and reads one dated entry per line of a paragraph', () => {
  const markdown = '## Образование\n\n**Магистр, Прикладная математика**, Камский государственный университет, 2013–2015  \n**Бакалавр, Прикладная математика**, Камский государственный университет, 2009–2013\n\n### Politechnika Nadwiślańska — magister inżynier, Informatyka\n2011 – 2016\n';
  assert.equal(entries(markdown), [
    [
      ['Магистр, Прикладная математика', 'Камский государственный университет', null, '2013', '2015'],
      ['Бакалавр, Прикладная математика', 'Камский государственный университет', null, '2009', '2013'],
      ['magister inżynier, Informatyka', 'Politechnika Nadwiślańska', null, '2011', '2016'],
    ],
  ]);
});

forms('reads a title naming a kind of section as a section even over a dated line, and a semicolon as a separator', () => {
  const { sections } = read('Education\n---------\n\n2011-2015\n:   **BSc, Computer Science**; Rainier State University (Tacoma, WA)\n');
  assert.equal(sections.map((section) => [section.title, entriesOf(section).map((entry) => [text(entry.role), text(entry.organization), text(entry.location)])]), [
    ['Education', [['BSc, Computer Science', 'Rainier State University', 'Tacoma, WA']]],
  ]);
  assert.equal(entries('## Experience\n\n### Consultant\n\n2019 – 2021\n').length, 1);
});

forms('takes the first sentence of a paragraph as its header when it opens with a bold name and holds the dates', () => {
  const [section] = read('## Where I’ve worked\n\n**Ferrowind** — Staff Engineer, Dublin (since March 2022). I look after the incident\nprocess.\n').sections;
  const [entry] = entriesOf(section!);
  assert.equal([text(entry!.role), text(entry!.organization), text(entry!.location), entry!.dates?.start?.value], ['Staff Engineer', 'Ferrowind', 'Dublin', '2022-03']);
  assert.is(toString(entry!.children), 'I look after the incident\nprocess.');
});

forms('keeps marks after the dates (`2019 - ???`) as a note, never dropping them', () => {
  const [section] = read('## Work\n\n**Intern, Gamma Ltd, 2019 - ???**\n').sections;
  assert.equal(entriesOf(section!).map((entry) => [text(entry.role), text(entry.organization), entry.notes.map(text)]), [['Intern', 'Gamma Ltd', ['???']]]);
});

forms.run();
