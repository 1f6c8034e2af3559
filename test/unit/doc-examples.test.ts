/**
 * How a printed answer is compared with the server's (test/helpers/docExamples.ts, used by
 * test/integration/docs-examples.test.ts): what a trimmed answer still pins, and that a wrong
 * answer fails.
 */
import { describe, expect, it } from 'vitest';
import { blocksOf, graphqlExamples, parsePrinted, printedMatches } from '../helpers/docExamples.js';

const matches = (printed: string, actual: unknown) => printedMatches(parsePrinted(printed), actual);

describe('printed answers', () => {
  it('plain JSON must equal the answer: values, list lengths, fields', () => {
    expect(matches('{"a": [1, 2], "b": null}', { a: [1, 2], b: null })).toEqual([]);
    expect(matches('{"a": [1, 2]}', { a: [1, 2, 3] })).toHaveLength(1);
    expect(matches('{"a": [1, 2]}', { a: [2, 1] })).toHaveLength(2);
    expect(matches('{"a": 1}', { a: 1, b: 2 })).toEqual(['$.b: the server answers 2, not printed (nor marked "// …")']);
    expect(matches('{"a": true}', { a: false })).toEqual(['$.a: printed true, the server answers false']);
    expect(matches('{"a": 0.1}', { a: 0.1 + 1e-12 })).toHaveLength(1);
  });

  it('"// … N more" stands for exactly N items; "// …" without a number for at least one', () => {
    const printed = `[
      // … 2 more (b, c)
      "d",
      // … the rest
    ]`;
    expect(matches(printed, ['b', 'c', 'd', 'e'])).toEqual([]);
    expect(matches(printed, ['b', 'c', 'd', 'e', 'f'])).toEqual([]);
    expect(matches(printed, ['b', 'c', 'd'])).toHaveLength(1);
    expect(matches(printed, ['b', 'd', 'e'])).toHaveLength(1);
    expect(matches(printed, ['b', 'c', 'x', 'd', 'e'])).toHaveLength(1);
  });

  it('comment lines that continue one another are one elision; "//" inside strings is text', () => {
    const printed = `{ "url": "https://example.com//x", "list": [
      "a",
      // … b, c,
      //   d (tier 2)
      "e"
    ] }`;
    expect(matches(printed, { url: 'https://example.com//x', list: ['a', 'b', 'c', 'd', 'e'] })).toEqual([]);
    expect(matches(printed, { url: 'https://example.com//x', list: ['a', 'e'] })).toHaveLength(1);
  });

  it('an object with a "// …" comment may leave fields out; the fields it prints must match', () => {
    const printed = `{ "id": "x"
      // … its steps
    }`;
    expect(matches(printed, { id: 'x', steps: [1] })).toEqual([]);
    expect(matches(printed, { id: 'y', steps: [1] })).toHaveLength(1);
    expect(matches(printed, { steps: [1] })).toEqual(['$.id: printed, but the server answers no such field']);
  });
});

describe('the docs', () => {
  it('docs/API.md: every example operation is found, with its answer where one follows', () => {
    const examples = graphqlExamples('docs/API.md');
    expect(examples.length).toBeGreaterThan(20);
    expect(examples.filter((e) => e.answer).length).toBe(examples.length - 1);
    // The relationship field signature is SDL, not an operation.
    expect(examples.map((e) => e.operation.text)).not.toContainEqual(expect.stringMatching(/^produces\(first: Int/));
  });

  it('every printed answer parses', () => {
    const answers = ['docs/API.md', 'README.md'].flatMap(blocksOf).filter((b) => b.lang === 'json' || b.lang === 'jsonc');
    expect(answers.length).toBeGreaterThan(15);
    for (const block of answers) expect(() => parsePrinted(block.text), `${block.file}:${block.line}`).not.toThrow();
  });
});
