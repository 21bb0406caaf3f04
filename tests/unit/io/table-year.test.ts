import { describe, expect, it } from 'vitest';
import { parseYear } from '../../../src/io/table/parse-year';

// Year forms as German tables write them (Stichtag 31.12., Excel's 2020,0, BA reporting months YYYYMM);
// expected years read off by hand, range 1800–2200 as the loader's contract says.
describe('parseYear', () => {
  it.each([
    ['2020', 2020],
    [' 2020 ', 2020],
    ['2020.0', 2020],
    ['2020,00', 2020],
    ['31.12.2020', 2020],
    ['1.1.1999', 1999],
    ['2020-12-31', 2020],
    ['202012', 2020],
    ['201901', 2019],
    ['1800', 1800],
    ['2200', 2200],
  ])('%j → %d', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });

  it.each([
    ['1799'],
    ['2201'],
    ['20'],
    [''],
    ['abc'],
    ['202013'],
    ['202000'],
    ['2020.5'],
    ['20200'],
    ['2020 2021'],
    ['-2020'],
  ])('%j is no year', (text) => {
    expect(parseYear(text)).toBeNaN();
  });
});
