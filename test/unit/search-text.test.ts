/**
 * What search makes of the text typed (src/modules/search/lucene.ts): the code it names, the
 * Lucene query, the name patterns. How those rank real entities is tested on the engine
 * (test/integration/reference.test.ts, "search across 7,000+ entities").
 */
import { describe, expect, it } from 'vitest';
import { codesIn, namePatterns, toLuceneQuery, words } from '../../src/modules/search/lucene.js';

describe('codesIn', () => {
  it.each([
    ['8505.11', '850511'], ['850511', '850511'], ['HS 850511', '850511'], ['HS 8505.11', '850511'], ['hs8505.11', '850511'],
    ['HS 2022: 8505.11', '850511'], ['HS code 8505.11', '850511'], ['8505 11', '850511'], ['85.05.11', '850511'],
    ['2846', '2846'], ['28.46', '2846'], ['HS 28', '28'], [' 2846 ', '2846'],
  ])('%s names HS %s exactly', (text, code) => {
    expect(codesIn(text)).toEqual({ hsCode: code, hsExact: true, isoCode: null });
  });

  it.each([
    ['8505.11.00', '850511'], ['8505.11.0070', '850511'], ['85051100', '850511'],
  ])('a national tariff line %s names the HS subheading %s it extends, not exactly', (text, code) => {
    expect(codesIn(text)).toMatchObject({ hsCode: code, hsExact: false });
  });

  it.each(['850', '85051', '8505.1', '8505..11', 'HS', 'magnets 8505', '85051100001'])('%s is no HS code', (text) => {
    expect(codesIn(text).hsCode).toBeNull();
  });

  it('reads two or three letters as an ISO code', () => {
    expect(codesIn('chn').isoCode).toBe('CHN');
    expect(codesIn(' US ').isoCode).toBe('US');
    expect(codesIn('Chile').isoCode).toBeNull();
  });
});

describe('the Lucene query', () => {
  it('keeps an apostrophe inside a word, in both spellings, as the index keeps it', () => {
    expect(words("Côte d’Ivoire")).toEqual(['côte', 'd’ivoire']);
    expect(toLuceneQuery("Cote d'Ivoire")).toBe(
      "(cote^3 OR cote* OR cote~1) AND (d'ivoire^3 OR d'ivoire* OR d’ivoire^3 OR d’ivoire* OR d'ivoire~1 OR d’ivoire~1)",
    );
  });

  it('lets no Lucene operator through', () => {
    expect(toLuceneQuery('name:"x" OR *:* AND (y)^9 ~')).toBe('(name^3 OR name* OR name~1) AND (x^3 OR x*) AND (or^3 OR or*) AND (and^3 OR and*) AND (y^3 OR y*) AND (9^3 OR 9*)');
    expect(toLuceneQuery("'' ’ --")).toBeUndefined();
  });
});

describe('namePatterns', () => {
  it('makes each word a literal between separators', () => {
    expect(namePatterns('Congo (Kinshasa)')).toEqual({
      exact: '(?isu)[^\\p{L}\\p{N}]*\\QCongo\\E[^\\p{L}\\p{N}]+\\QKinshasa\\E[^\\p{L}\\p{N}]*',
      phrase: '(?isu).*(?<![\\p{L}\\p{N}])\\QCongo\\E[^\\p{L}\\p{N}]+\\QKinshasa\\E(?![\\p{L}\\p{N}]).*',
    });
    expect(namePatterns('.*+?\\E')).toEqual({ exact: '(?isu)[^\\p{L}\\p{N}]*\\QE\\E[^\\p{L}\\p{N}]*', phrase: '(?isu).*(?<![\\p{L}\\p{N}])\\QE\\E(?![\\p{L}\\p{N}]).*' });
    expect(namePatterns(' -- ')).toBeNull();
  });
});
