// @vitest-environment jsdom
/** The instructor's view of the class's exit reflections, from the results files the tables exported. */
import { describe, expect, it } from 'vitest';
import { choiceCounts, classResultsPanel, readResultsFile } from '../../src/game/instructor/classResults.ts';
import { loadScenario } from '../bots/support.ts';

const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
const results = (reflections: Record<string, Record<string, string>>, id = gdpr.id, seed = 1) =>
  JSON.stringify({
    format: 'accord-results/1',
    scenario: { id, title: 't', version: '1' },
    seed,
    players: { council: { kind: 'human', name: 'Ana' }, parliament: { kind: 'human', name: 'Ben' } },
    reflections,
    log: { format: 'accord-log/1', seed, actions: [] },
  });

describe('the class’s exit reflections', () => {
  it('reads the reflections of a results file, naming trainee, role and file', () => {
    const r = readResultsFile(results({ council: { 'strongest-batna': 'council' } }), 'table-1.json', gdpr);
    expect(r).toEqual({
      ok: true,
      game: expect.any(String),
      rows: [
        {
          who: 'Ana (Council of the EU (presidencies and member states), table-1.json)',
          answers: { 'strongest-batna': 'council' },
        },
      ],
    });
  });

  it('skips files of another scenario or that are not results, saying why', () => {
    expect(readResultsFile(results({}, 'care-data'), 'x.json', gdpr)).toEqual({
      ok: false,
      reason: 'x.json is from another scenario (care-data)',
    });
    expect(readResultsFile('{"format":"accord-save/2"}', 'y.json', gdpr).ok).toBe(false);
    expect(readResultsFile('not json', 'z.json', gdpr).ok).toBe(false);
  });

  it('counts the answers to a multiple-choice question', () => {
    const q = gdpr.exitReflection!.questions.find((x) => x.id === 'strongest-batna')!;
    const rows = [
      { who: 'a', answers: { 'strongest-batna': 'council' } },
      { who: 'b', answers: { 'strongest-batna': 'council' } },
      { who: 'c', answers: { 'strongest-batna': 'commission' } },
    ];
    expect(choiceCounts(q, rows)).toEqual([
      ['commission', 1],
      ['parliament', 0],
      ['council', 2],
      ['research-community', 0],
    ]);
  });

  it('shows the answers of several tables together in the panel', async () => {
    const panel = classResultsPanel(gdpr);
    document.body.append(panel);
    const input = panel.querySelector<HTMLInputElement>('#class-results-files')!;
    const files = [
      new File([results({ council: { 'strongest-batna': 'council', differently: 'Trade earlier.' } })], 't1.json'),
      new File([results({ parliament: { 'strongest-batna': 'parliament' } }, gdpr.id, 2)], 't2.json'),
      new File([results({}, 'care-data')], 't3.json'),
    ];
    Object.defineProperty(input, 'files', { value: files });
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    const text = panel.textContent ?? '';
    expect(text).toContain('2 trainees answered, in 2 of 3 files.');
    expect(text).toContain('Skipped: t3.json is from another scenario (care-data).');
    expect(text).toContain('The Council: 1 (expected)');
    expect(text).toContain('Trade earlier. — Ana (Council of the EU (presidencies and member states), t1.json)');
    expect(panel.querySelectorAll('table.reflections tbody tr')).toHaveLength(2);
  });

  // Two downloads of one table's results ("t1.json", "t1 (1).json") counted its trainees twice: "2 trainees answered,
  // in 2 of 2 files", and each of their choices twice.
  it('counts a game read from two files once, naming the second file', async () => {
    // (Not in the document: the panel of the test above holds the same ids.)
    const panel = classResultsPanel(gdpr);
    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    const t1 = results({ council: { 'strongest-batna': 'council' } });
    Object.defineProperty(input, 'files', { value: [new File([t1], 't1.json'), new File([t1], 't1 (1).json')] });
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    const text = panel.textContent ?? '';
    expect(text).toContain('1 trainee answered, in 1 of 2 files.');
    expect(text).toContain('Skipped: t1 (1).json is the same game as t1.json.');
    expect(text).toContain('The Council: 1 (expected)');
  });
});
