import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cityLevel } from '../../../pipeline/model/variants/city-level.js';

const test = suite('cityLevel');

test('leaves out the street and the postal code of an address', () => {
  assert.is(cityLevel('12 Main St, Springfield, IL'), 'Springfield, IL');
  assert.is(cityLevel('12 Main St, Springfield, IL 62704'), 'Springfield, IL');
  assert.is(cityLevel('Hauptstraße 5, 10115 Berlin'), 'Berlin');
  assert.is(cityLevel('221B Baker Street, London NW1 6XE, UK'), 'London, UK');
  assert.is(cityLevel('Apt 4, 5 Elm Road, Leeds'), 'Leeds');
});

test('keeps a place without a street as written', () => {
  for (const place of ['Springfield, IL', 'St. Louis, MO', 'Stockholm, Sweden', 'New York, NY', 'Remote', 'Norway']) assert.is(cityLevel(place), place);
});

test('gives nothing for a street alone', () => {
  assert.is(cityLevel('12 Main Street'), null);
});

test.run();
