// @vitest-environment jsdom
/** The printable packs' content for every shipped scenario (the browser test prints them to PDF). */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_SIZES } from '../../src/authoring/classHour.ts';
import { conditionText } from '../../src/game/print/conditionText.ts';
import { lineText, ownScoringInWords } from '../../src/game/ownScoringText.ts';
import { initialState, viewFor } from '../../src/engine/index.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { setLocale, t } from '../../src/game/uiLocale.ts';
import { PACKS, mountPrintPack, packContent, type PackName } from '../../src/game/print/printPacks.ts';
import { loadLibrary } from '../../src/store/library.ts';
import { loadScenario } from '../bots/support.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('printable packs', () => {
  for (const file of files) {
    const sc = loadScenario(`scenarios/${file}`);
    it(`${sc.id}: every pack renders; the public ones hold no brief, the briefs pack one section per role`, () => {
      const text = (pack: PackName) => packContent(sc, pack).textContent ?? '';
      for (const pack of Object.keys(PACKS) as PackName[]) expect(text(pack)).toContain(sc.title);
      for (const p of sc.parties) {
        const brief = p.brief.split(/\n\s*\n/)[0]!.trim();
        for (const pack of ['background', 'guide', 'score-sheet'] as const) expect(text(pack)).not.toContain(brief);
      }
      const briefs = packContent(sc, 'briefs').querySelectorAll('.role-brief');
      expect([...briefs].map((b) => b.getAttribute('data-party'))).toEqual(sc.parties.map((p) => p.id));
      for (const [k, b] of [...briefs].entries()) {
        const party = sc.parties[k]!;
        expect(b.textContent).toContain(`Your walk-away alternative (BATNA): ${party.batna.points} points`);
        for (const other of sc.parties.filter((o) => o.id !== party.id))
          expect(b.textContent).not.toContain(other.brief.split(/\n\s*\n/)[0]!.trim());
      }
      const guide = packContent(sc, 'guide');
      expect(guide.querySelectorAll('table.seating tbody tr')).toHaveLength(CLASS_SIZES.length);
      expect(guide.querySelectorAll('table.timing tbody tr')).toHaveLength(3);
    });
  }

  for (const file of files) {
    const sc = loadScenario(`scenarios/${file}`);
    it(`${sc.id}: each printed brief gives every option of its sheet with its points, those an event adds marked`, () => {
      // Paper play has no screen to show an option when an event adds it: four scenarios' briefs left one out
      // (GDPR's broad consent, 22 points for the patient groups; data passport, pathogen access, DSA access).
      const briefs = [...packContent(sc, 'briefs').querySelectorAll('.role-brief')];
      for (const [k, party] of sc.parties.entries()) {
        const groups = [...briefs[k]!.querySelectorAll('table.sheet tbody')];
        expect(groups.map((g) => g.querySelector('tr.issue')?.textContent)).toEqual(sc.issues.map((i) => i.title));
        for (const [n, issue] of sc.issues.entries()) {
          const rows = [...groups[n]!.querySelectorAll('tr:not(.issue)')].map((tr) => [
            tr.querySelector('td')?.textContent,
            Number(tr.querySelector('td.pts')?.textContent?.replace('\u2212', '-')),
          ]);
          expect(rows, `${party.id} ${issue.id}`).toEqual(
            issue.options.map((o) => {
              const points = party.sheet[issue.id]![o.id]!;
              const best = Math.max(...issue.options.map((x) => party.sheet[issue.id]![x.id]!));
              return [
                `${o.label}${points === best ? ' ★ best' : ''}${o.available ? '' : ' (not on the table at the start: an event may add it)'}`,
                points,
              ];
            }),
          );
        }
      }
    });
  }

  it('writes every printed negative figure with the minus sign of its scoring lines (−46, not -46), in English and French', () => {
    // A GDPR sheet printed "-46" above scoring lines that print "−12": 56 sheet cells of 9 scenarios had a hyphen.
    for (const language of ['en', 'fr'] as const) {
      setLocale(language);
      try {
        let negative = 0;
        for (const file of files) {
          const sc = loadScenario(`scenarios/${file}`);
          for (const pack of Object.keys(PACKS) as PackName[]) {
            const content = packContent(sc, pack);
            expect(content.textContent, `${language} ${sc.id} ${pack}`).not.toMatch(/(^|[\s(\u00a0\u202f])-\d/);
            for (const td of content.querySelectorAll('td.pts'))
              if (td.textContent!.startsWith('\u2212')) {
                expect(td.textContent).toMatch(/^\u2212\d/);
                negative++;
              }
          }
        }
        expect(negative).toBeGreaterThan(0);
        // A negative BATNA (none in the library; an imported or drafted scenario may have one).
        const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
        const [first, ...others] = gdpr.parties;
        const drafted = { ...gdpr, parties: [{ ...first!, batna: { ...first!.batna, points: -5.5 } }, ...others] };
        expect(packContent(drafted, 'briefs').querySelector('.role-brief .batna h3')?.textContent).toBe(
          language === 'en'
            ? 'Your walk-away alternative (BATNA): \u22125.5 points'
            : 'Votre solution de rechange (MESORE)\u202f: \u22125,5 points',
        );
      } finally {
        setLocale('en');
      }
    }
  });

  it('each printed brief names its own red lines, and no other party’s', () => {
    // The room shows a party its red lines (a text with one gets its objection at once); the printed brief did not.
    const sc = loadScenario('scenarios/data-free-flow-osaka.json');
    const briefs = [...packContent(sc, 'briefs').querySelectorAll('.role-brief')];
    const said = briefs.map((b) => b.querySelector('.red-lines')?.textContent ?? null);
    expect(said).toEqual(
      sc.parties.map((p) =>
        p.redLines.length === 0
          ? null
          : `Your red lines (you will never accept): ${p.redLines
              .map((r) => {
                const issue = sc.issues.find((i) => i.id === r.issue)!;
                return `${issue.title}: ${issue.options.find((o) => o.id === r.option)!.label}`;
              })
              .join('; ')}.`,
      ),
    );
    expect(said.filter((s) => s !== null)).toHaveLength(4);
  });

  for (const file of files) {
    const sc = loadScenario(`scenarios/${file}`);
    it(`${sc.id}: each printed brief says what else changes its points, as the brief on screen, and nothing of the others’`, () => {
      // The brief on screen lists the party's scoring rules and the no-licence and no-deal consequences
      // (ownScoringList.ts); the printed one did not, so paper play lost those points.
      const briefs = [...packContent(sc, 'briefs').querySelectorAll('.role-brief')];
      for (const [k, party] of sc.parties.entries()) {
        const brief = briefs[k]!;
        expect(brief.textContent).toContain('What else changes your points');
        const items = [...brief.querySelectorAll('.own-scoring li')].map((li) => li.textContent);
        const rules = sc.scoringRules.filter((r) => r.parties.includes(party.id));
        expect(items, party.id).toHaveLength(rules.length + 2);
        for (const [n, r] of rules.entries()) {
          expect(items[n], `${party.id} ${r.id}`).toMatch(new RegExp(`^[+−]${Math.abs(r.points)} if `));
          expect(items[n]).toContain(r.description);
        }
        for (const r of sc.scoringRules.filter((x) => !x.parties.includes(party.id)))
          expect(brief.textContent, `${party.id} reads ${r.id}`).not.toContain(r.description);
      }
    });
  }

  it('the printed brief says its scoring in the words of the brief on screen, in English and French', () => {
    const gdprFile = 'scenarios/gdpr-research-exemption.json';
    for (const language of ['en', 'fr'] as const) {
      setLocale(language);
      try {
        const loaded = parseScenario(readFileSync(gdprFile), gdprFile, { language });
        if (!loaded.ok) throw new Error('the GDPR scenario does not load');
        const sc = loaded.scenario;
        expect(sc.language).toBe(language);
        for (const party of sc.parties) {
          const printed = packContent(sc, 'briefs').querySelector(`.role-brief[data-party="${party.id}"]`)!;
          const onScreen = ownScoringInWords(viewFor(initialState(sc, {}, 1), party.id));
          expect(
            [...printed.querySelectorAll('.own-scoring li')].map((li) => li.textContent),
            `${language} ${party.id}`,
          ).toEqual([...onScreen.rules, onScreen.legitimacy, onScreen.noDeal].map(lineText));
        }
      } finally {
        setLocale('en');
      }
    }
  });

  it('says how agreement comes in a sentence that reads, for each rule', () => {
    // "Agreement needs parties holding a majority of the influence must support the text, including …" (the
    // background and score sheet of every scenario) did not.
    const say = (file: string) => {
      const sc = loadScenario(`scenarios/${file}.json`);
      const background = packContent(sc, 'background').textContent ?? '';
      const scoreSheet = packContent(sc, 'score-sheet').textContent ?? '';
      const sentence = /For an agreement, [^.]*\./.exec(background)?.[0];
      expect(scoreSheet).toContain(sentence);
      return sentence;
    };
    expect(say('gdpr-research-exemption')).toBe(
      "For an agreement, parties holding a majority of the influence must support the text, including European Commission (DG Justice), Parliament's civil-liberties committee (LIBE) and Council of the EU (presidencies and member states).",
    );
    expect(say('autonomous-vehicle-data')).toMatch(
      /^For an agreement, a majority of the parties must support the text, including /,
    );
  });

  it('calls the instructor « formateur » in the French packs', () => {
    // The French screens say « formateur » (« Vue formateur »); the guide printed « Guide de l’animateur ».
    setLocale('fr');
    try {
      for (const file of files) {
        const sc = loadScenario(`scenarios/${file}`);
        for (const pack of Object.keys(PACKS) as PackName[]) {
          const text = packContent(sc, pack).textContent ?? '';
          expect(text, `${sc.id} ${pack}`).not.toMatch(/animat(eur|rice)/i);
          if (pack === 'guide') expect(text).toContain('Guide du formateur');
        }
      }
      expect(t('uiLibrary.printPacksGuide')).toBe('Dossiers imprimables et guide du formateur');
    } finally {
      setLocale('en');
    }
  });

  it('marks the scenario’s own words with their language where the packs speak another (lang="en" in French)', () => {
    // A French pack of a scenario written only in English printed its English brief, issues and guide under French
    // headings with no lang: a screen reader read them with a French voice (the screens mark them: gameLanguage.ts).
    const texts = (sc: Scenario): string[] => {
      const g = sc.facilitatorGuide;
      return [
        sc.title,
        sc.summary,
        ...sc.background.split(/\n\s*\n/),
        ...sc.parties.flatMap((p) => [p.description, p.batna.description, ...p.brief.split(/\n\s*\n/)]),
        ...sc.issues.flatMap((i) => [
          i.title,
          i.description ?? '',
          ...i.options.flatMap((o) => [o.label, o.description ?? '']),
        ]),
        ...sc.scoringRules.map((r) => r.description),
        ...(g
          ? [...g.teachingObjectives, g.roles.notes, ...g.whatUsuallyHappens.split(/\n\s*\n/), ...g.commonMistakes]
          : []),
        ...(g?.debriefQuestions.map((q) => q.question) ?? []),
        ...(sc.worksheet?.questions.map((q) => q.prompt) ?? []),
        ...(sc.exitReflection?.questions.map((q) => q.prompt) ?? []),
      ]
        .map((x) => x.trim())
        .filter((x) => x.length >= 8);
    };
    /** The text nodes of a pack holding the scenario's words, each with the language it is marked in. */
    const marked = (sc: Scenario, pack: PackName) => {
      const own = texts(sc);
      const root = packContent(sc, pack);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: { text: string; lang: string | null }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = n.textContent ?? '';
        if (own.some((x) => data.includes(x)))
          found.push({
            text: data.slice(0, 40),
            lang: n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null,
          });
      }
      return { found, root };
    };
    setLocale('fr');
    try {
      const careData = loadScenario('scenarios/care-data.json');
      expect(careData.language).toBe('en');
      for (const pack of Object.keys(PACKS) as PackName[]) {
        const { found, root } = marked(careData, pack);
        expect(found.length, pack).toBeGreaterThan(0);
        expect(
          found.filter((f) => f.lang !== 'en'),
          pack,
        ).toEqual([]);
        // The packs' own French words stay unmarked.
        for (const heading of root.querySelectorAll('h2, .pack-kind'))
          expect(heading.closest('[lang]'), heading.textContent ?? '').toBeNull();
      }
      // A scenario written in French too speaks French with the packs: nothing is marked.
      const gdprFile = 'scenarios/gdpr-research-exemption.json';
      const loaded = parseScenario(readFileSync(gdprFile), gdprFile, { language: 'fr' });
      if (!loaded.ok) throw new Error('the GDPR scenario does not load');
      for (const pack of Object.keys(PACKS) as PackName[])
        expect(packContent(loaded.scenario, pack).querySelector('[lang]'), pack).toBeNull();
    } finally {
      setLocale('en');
    }
    // In English nothing is marked either.
    for (const pack of Object.keys(PACKS) as PackName[])
      expect(packContent(loadScenario('scenarios/care-data.json'), pack).querySelector('[lang]'), pack).toBeNull();
  });

  it('a printed brief says its sheet and BATNA are those at the start where events change them, not which events', () => {
    // The GDPR Commission's BATNA goes from 35 to 52 in round 5 (and −3 later), and its brief said nothing of it.
    const sentence =
      'These are your figures at the start: events announced during the game may change your points or your walk-away alternative (BATNA).';
    let told = 0;
    for (const file of files) {
      const sc = loadScenario(`scenarios/${file}`);
      const briefs = [...packContent(sc, 'briefs').querySelectorAll('.role-brief')];
      for (const [k, party] of sc.parties.entries()) {
        const changed = sc.events.filter((ev) =>
          ev.effects.some((e) => (e.type === 'change-points' || e.type === 'change-batna') && e.party === party.id),
        );
        const line = briefs[k]!.querySelector('.may-change');
        expect(line?.textContent ?? null, `${sc.id} ${party.id}`).toBe(changed.length > 0 ? sentence : null);
        if (line) told++;
        // Which events is the facilitator's: no event's title or announcement in a brief.
        for (const ev of changed) expect(briefs[k]!.textContent).not.toContain(ev.title);
      }
    }
    expect(told).toBeGreaterThan(0);
    const gdpr = loadScenario('scenarios/gdpr-research-exemption.json');
    expect(
      packContent(gdpr, 'briefs').querySelector('.role-brief[data-party="commission"] .may-change'),
    ).not.toBeNull();
    setLocale('fr');
    try {
      expect(
        packContent(gdpr, 'briefs').querySelector('.role-brief[data-party="commission"] .may-change')?.textContent,
      ).toBe(
        'Ce sont vos chiffres au départ\u202f: des événements annoncés pendant la partie peuvent changer vos points ou votre solution de rechange (BATNA).',
      );
    } finally {
      setLocale('en');
    }
  });

  it('says a condition in words', () => {
    const sc = loadScenario('scenarios/gdpr-research-exemption.json');
    const condition = {
      all: [{ issue: 'legal-basis', is: 'specific-consent' }, { not: { partyLeft: 'privacy-ngos' } }],
    };
    // The same words as a party's own scoring rules (ownScoringText.ts), negations pushed inwards.
    expect(conditionText(condition, sc)).toBe(
      'Legal basis for research on health data is Specific consent and Privacy and digital-rights NGOs is still at the table',
    );
    // In French when the screens are (the scenario's names as loaded).
    setLocale('fr');
    try {
      expect(conditionText(condition, sc)).toBe(
        'Legal basis for research on health data est Specific consent et la partie Privacy and digital-rights NGOs est toujours à la table',
      );
    } finally {
      setLocale('en');
    }
  });
});

describe('the briefs pack on its page', () => {
  const gdpr = 'scenarios/gdpr-research-exemption.json';
  const library = loadLibrary({ [gdpr]: readFileSync(gdpr, 'utf8') });
  const sc = loadScenario(gdpr);
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const buttonNamed = (root: ParentNode, name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name && !b.hidden);
  const dialog = () => document.querySelector<HTMLDialogElement>('dialog.briefs-confirm');
  const briefsShown = (root: HTMLElement) => root.querySelectorAll('.role-brief').length;

  it('asks first, whoever opens it: nothing confidential on the page (nor a Print button) until confirmed', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    mountPrintPack(root, library, sc.id, 'briefs', async () => null);
    expect(briefsShown(root)).toBe(0);
    expect(buttonNamed(root, 'Print')).toBeUndefined();
    await tick();
    expect(dialog()?.textContent).toContain(
      'These pages hold every party’s confidential brief. Print them for the class before play, not on the shared screen during a game: show them?',
    );
    expect(dialog()?.textContent).not.toContain('in progress');
    buttonNamed(dialog()!, 'Cancel')?.click();
    expect(dialog()).toBeNull();
    expect(briefsShown(root)).toBe(0);
    // The page's own button asks again; confirming shows the pack as it always was, and lets it print.
    buttonNamed(root, 'Show the confidential briefs…')?.click();
    await tick();
    buttonNamed(dialog()!, 'Show the briefs')?.click();
    expect(briefsShown(root)).toBe(sc.parties.length);
    expect(root.querySelector('main')?.innerHTML).toBe(packContent(sc, 'briefs').outerHTML);
    expect(buttonNamed(root, 'Print')).toBeDefined();
    root.remove();
  });

  it('names a hot-seat game in progress on this device; the public packs ask nothing', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const game = async () => ({ title: sc.title, players: ['Ann', 'Ben'] });
    mountPrintPack(root, library, sc.id, 'briefs', game);
    await tick();
    expect(dialog()?.textContent).toContain(
      `A game of “${sc.title}” is in progress on this device with Ann and Ben sharing its screen: they would read each other’s briefs.`,
    );
    buttonNamed(dialog()!, 'Cancel')?.click();
    for (const pack of ['background', 'guide', 'score-sheet']) {
      mountPrintPack(root, library, sc.id, pack, game);
      await tick();
      expect(dialog(), pack).toBeNull();
      expect(root.querySelector(`article[data-pack="${pack}"]`), pack).not.toBeNull();
    }
    root.remove();
  });
});

it('the score sheet’s key separates options with semicolons, since labels hold commas', () => {
  const sc = loadScenario('scenarios/platform-data-access-dsa.json');
  const key = [...packContent(sc, 'score-sheet').querySelectorAll('p.muted')].map((p) => p.textContent).join(' ');
  expect(key).toContain('1 Data sent out, safeguards left to researchers; 2 ');
});
