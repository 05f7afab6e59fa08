import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { titleKind } from '../../pipeline/model/section-kinds.js';

const test = suite('titleKind');

test('names the kind of a section title in the languages résumés are read in', () => {
  const titles: Array<[string, string | null]> = [
    ['Berufserfahrung', 'work'],
    ['Wykształcenie', 'education'],
    ['경력', 'work'],
    ['학력', 'education'],
    ['Pengalaman Kerja', 'work'],
    ['İş Deneyimi', 'work'],
    ['Опыт работы', 'work'],
    ['Образование', 'education'],
    ['Kinh nghiệm làm việc', 'work'],
    ['Học vấn', 'education'],
    ['教育经历', 'education'],
    ['Internships', 'work'],
    ['Beruflicher Werdegang', 'work'],
    ['Hobbies', 'interests'],
    ['Miranda Hobbs', null],
  ];
  assert.equal(titles.map(([title]) => [title, titleKind(title)]), titles);
});

test.run();
