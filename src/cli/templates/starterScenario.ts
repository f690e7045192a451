/**
 * The starting scenario that `scenario new` writes: small (2 parties, 2 issues), valid, and with
 * every text saying what belongs there, so an instructor grows it rather than starting blank. The
 * `$schema` reference makes editors explain each field from the schema's descriptions.
 */
export function starterScenario(id: string, schemaPath: string): Record<string, unknown> {
  return {
    $schema: schemaPath,
    id,
    title: 'A new negotiation over data',
    summary: 'One paragraph for the scenario library: what is negotiated, by whom, and why it matters.',
    version: '0.1.0',
    language: 'en',
    objectives: [
      'What a trainee should be able to do after playing: e.g. use evidence of known provenance to move a reluctant party.',
    ],
    themes: ['diplomacy-for-data', 'track-1'],
    durationMinutes: 45,
    sources: [
      { title: 'The primary source the scenario rests on', url: 'https://example.org/replace-with-the-real-source' },
    ],
    background:
      'The public briefing every player reads before the talks: who meets, where, when and why.\n\nSeparate paragraphs with a blank line. Plain text only: no HTML.',
    parties: [
      {
        id: 'data-holder',
        name: 'Data holder',
        kind: 'regulator',
        description: 'What every player knows about this party.',
        brief:
          'You represent the data holder. Only you read this brief: say what the party really wants, its red lines, what it can trade and whom it fears.\n\nYour sheet below gives your points for each option; your BATNA is what you get if there is no deal.',
        colour: '#0072b2',
        influence: 1,
        veto: false,
        batna: { points: 40, description: 'What this party does without a deal, in words.' },
        sheet: {
          'access-terms': { open: 10, 'safe-haven': 60 },
          oversight: { 'self-regulation': 10, 'independent-board': 40 },
        },
        persona: { toughness: 0.6, trust: 0.5 },
      },
      {
        id: 'research-users',
        name: 'Research users',
        kind: 'research-community',
        description: 'What every player knows about this party.',
        brief:
          'You represent the researchers who want the data. Say here what matters most to them and what they could give up.',
        colour: '#e69f00',
        influence: 1,
        veto: false,
        batna: { points: 35, description: 'What this party does without a deal, in words.' },
        sheet: {
          'access-terms': { open: 70, 'safe-haven': 40 },
          oversight: { 'self-regulation': 30, 'independent-board': 10 },
        },
        persona: { toughness: 0.5, trust: 0.5 },
      },
    ],
    issues: [
      {
        id: 'access-terms',
        title: 'Terms of access',
        description: 'How researchers may reach the data.',
        options: [
          { id: 'open', label: 'Open download', description: 'Accredited users download the data.' },
          {
            id: 'safe-haven',
            label: 'Safe haven only',
            description: 'Data stay in a secure environment; only results leave.',
          },
        ],
      },
      {
        id: 'oversight',
        title: 'Oversight',
        description: 'Who checks that the rules are kept.',
        options: [
          { id: 'self-regulation', label: 'Self-regulation', description: 'The users police themselves.' },
          {
            id: 'independent-board',
            label: 'Independent board',
            description: 'An independent board approves and audits each project.',
          },
        ],
      },
    ],
    agreement: { rule: 'unanimity', noDeal: { description: 'What happens when the deadline passes without a deal.' } },
    protocol: { rounds: 6, talkActionsPerTurn: 2 },
    legitimacy: {
      threshold: 50,
      options: {
        'access-terms': { open: 35, 'safe-haven': 70 },
        oversight: { 'self-regulation': 30, 'independent-board': 75 },
      },
      consequence: {
        description: 'A deal the public does not trust is challenged and stalls.',
        points: { 'data-holder': -10, 'research-users': -10 },
      },
    },
    debrief: {
      lessons: ['The lesson the debrief should draw out.'],
      whatHappened: 'What really happened in the case the scenario is built on, with dates.',
      questions: ['A question for the class discussion.'],
    },
  };
}
