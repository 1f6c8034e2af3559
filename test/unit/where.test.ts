import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors.js';
import { ParamBag } from '../../src/cypher/params.js';
import { compileFilter, compileWhere } from '../../src/modules/connection/where.js';

describe('compileWhere', () => {
  it('puts every value in a parameter and no request text in the Cypher', () => {
    const bag = new ParamBag();
    const hostile = "x' OR 1=1 }) DETACH DELETE n //";
    const cypher = compileWhere('Company', { name: { contains: hostile }, sectors: { id: { eq: hostile } }, NOT: { id: { in: [hostile] } } }, bag);
    expect(cypher).not.toContain(hostile);
    expect(cypher).not.toMatch(/DETACH|OR 1=1/);
    expect(Object.values(bag.values)).toEqual([hostile, hostile, [hostile]]);
    expect(cypher).toBe(
      '(toLower(n.name) CONTAINS toLower($w0) AND EXISTS { MATCH (n)-[r0:IN_SECTOR]->(m0:Entity) WHERE m0.id = $w1 } AND NOT n.id IN $w2)',
    );
  });

  it('compiles AND / OR and date ranges', () => {
    const bag = new ParamBag();
    const cypher = compileWhere('Policy', { OR: [{ announced: { gte: '2025-04', lt: '2025-05' } }, { policyType: { eq: 'TARIFF' } }] }, bag);
    expect(cypher).toBe('((n.announced >= $w0 AND n.announced < $w1) OR n.policyType = $w2)');
    expect(bag.values).toEqual({ w0: '2025-04', w1: '2025-05', w2: 'TARIFF' });
  });

  it('is "true" for an empty filter', () => {
    expect(compileWhere('Country', {}, new ParamBag())).toBe('true');
    expect(compileWhere('Country', undefined, new ParamBag())).toBe('true');
  });

  it('refuses fields the kind does not have, naming the path', () => {
    expect(() => compileWhere('Country', { policyType: { eq: 'TARIFF' } }, new ParamBag())).toThrow(BadUserInputError);
    const refusal = (() => {
      try {
        compileWhere('Country', { AND: [{ nope: { eq: 1 } }] }, new ParamBag());
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(BadUserInputError);
    expect((refusal as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.AND[0].nope' });
  });

  it('refuses malformed dates and deep nesting', () => {
    expect(() => compileWhere('Event', { date: { gte: '2025/04/01' } }, new ParamBag())).toThrow(/YYYY-MM-DD/);
    // Dates that match the pattern but not the calendar are refused too.
    for (const date of ['2025-13-99', '2025-02-30', '2025-00']) {
      expect(() => compileWhere('Event', { date: { gte: date } }, new ParamBag()), date).toThrow(/YYYY-MM-DD/);
    }
    let deep: Record<string, unknown> = { name: { eq: 'x' } };
    for (let i = 0; i < 10; i++) deep = { NOT: deep };
    expect(() => compileWhere('Country', deep, new ParamBag())).toThrow(/8 deep/);
  });
});

describe('compileFilter', () => {
  it('starts from the pinned entities and checks nothing more when the pin is the whole filter', () => {
    for (const id of [{ eq: 'country:US' }, { in: ['country:US', 'country:CN'] }, { eq: 'country:US', in: null }]) {
      const bag = new ParamBag();
      const { predicate, pins } = compileFilter('Company', { headquarteredIn: { id }, name: null }, bag);
      expect(predicate).toBe('true');
      expect(pins).toMatchObject([{ field: { type: 'HEADQUARTERED_IN' }, plain: true }]);
      expect(bag.values).toEqual({});
    }
  });

  it('joins two pins of one entity each, the whole filter when they are all of it', () => {
    const bag = new ParamBag();
    const { predicate, pins } = compileFilter('Company', { headquarteredIn: { id: { eq: 'country:US' } }, sectors: { id: { eq: 'sector:automotive' } } }, bag);
    expect(predicate).toBe('true');
    expect(pins.map((pin) => [pin.field.type, pin.ids])).toEqual([
      ['HEADQUARTERED_IN', ['country:US']],
      ['IN_SECTOR', ['sector:automotive']],
    ]);
    // With more said, or inside AND, the filter is still checked on each candidate.
    const more = compileFilter('Company', { headquarteredIn: { id: { eq: 'country:US' } }, sectors: { id: { eq: 'sector:automotive' } }, name: { contains: 'motor' } }, new ParamBag());
    expect(more.pins).toHaveLength(2);
    expect(more.predicate).toContain('IN_SECTOR');
    const nested = compileFilter('Company', { AND: [{ headquarteredIn: { id: { eq: 'country:US' } } }, { sectors: { id: { eq: 'sector:automotive' } } }] }, new ParamBag());
    expect(nested.pins).toHaveLength(2);
    expect(nested.predicate).toContain('HEADQUARTERED_IN');
  });

  it('starts from one pin, the one with fewest ids, when a pin lists several ids', () => {
    const { predicate, pins } = compileFilter('Company', { headquarteredIn: { id: { in: ['country:US', 'country:CN'] } }, sectors: { id: { eq: 'sector:automotive' } } }, new ParamBag());
    expect(pins.map((pin) => pin.field.type)).toEqual(['IN_SECTOR']);
    expect(predicate).toContain('HEADQUARTERED_IN');
  });

  it('still checks the whole filter on each candidate when it says more than the pin', () => {
    const cases = [
      { headquarteredIn: { id: { eq: 'country:US' } }, name: { contains: 'motor' } },
      { headquarteredIn: { id: { eq: 'country:US', in: ['country:CN'] } } },
      { AND: [{ headquarteredIn: { id: { eq: 'country:US' } } }] },
    ];
    for (const where of cases) {
      const bag = new ParamBag();
      const { predicate, pins } = compileFilter('Company', where, bag);
      expect(pins).toHaveLength(1);
      expect(predicate).toBe(compileWhere('Company', where, new ParamBag()));
      expect(predicate).toContain('HEADQUARTERED_IN');
    }
  });

  it('has no pin and the whole predicate without one', () => {
    const { predicate, pins } = compileFilter('Company', { name: { eq: 'Ford' } }, new ParamBag());
    expect(pins).toEqual([]);
    expect(predicate).toBe('n.name = $w0');
  });
});
