/** The demo courses in English: the Chinese courses' settings with English words and questions. */
import { q, type DemoCourse } from './demoQuestion';

export const englishOf = (ZH: DemoCourse[]): DemoCourse[] => [
  {
    ...ZH[0]!,
    title: 'The big picture: my work and the company goals',
    content: `## This year's goals\nLivestreams that win customers and contest awards.\n\n## Where my stage sits\nPlan → poster → invitations → rehearsal → live session: a day late anywhere is a day late everywhere after it.\n\n## Take the baton\nAcknowledge what you receive; decline with a reason when you cannot, so it is reassigned at once.`,
    questions: [
      q(
        'The poster is a day late. What happens?',
        ['Only design is affected', 'Invitations, rehearsal and the live session all slip', 'Nothing'],
        [1],
        'Stages run in a chain.',
      ),
      q(
        'You cannot do a task you received. What do you do?',
        ['Leave it', 'Decline with a reason so it is reassigned', 'Pass it to a colleague'],
        [1],
        'A reason lets the head reassign at once.',
      ),
      q(
        "Which are this year's priorities?",
        ['Livestreams that win customers', 'Contest awards', 'A bigger office'],
        [0, 1],
        'Two threads this year.',
      ),
      q(
        'Extra work done well earns contribution points.',
        ['True', 'False'],
        [0],
        'Every baton taken is recorded.',
      ),
    ],
  },
  {
    ...ZH[1]!,
    title: 'Livestream planning (topics, flow, interaction)',
    content: `## Topics\nStart from what customers asked most; one title, one idea.\n\n## Flow\nThree minutes to say what viewers will get; three or four parts; five minutes for questions.\n\n## Interaction\nEvery ten minutes: a poll, a draw or a question on air, always tied to the content.`,
    questions: [
      q(
        'Where should a livestream topic start?',
        ['What the boss likes', 'What customers asked most', "A competitor's title"],
        [1],
        'Viewers come for their own questions.',
      ),
      q(
        'What matters most in the first three minutes?',
        ['Company history', 'What viewers will get today', 'A lucky draw'],
        [1],
        'Give them a reason to stay.',
      ),
      q(
        'Which are good interactions?',
        ['A poll about the content', 'Questions on air', 'Unrelated chat slogans'],
        [0, 1],
        'Interaction serves the content.',
      ),
      q('One title can cover three ideas.', ['True', 'False'], [1], 'One title, one idea.'),
    ],
  },
  {
    ...ZH[2]!,
    title: 'Contest entries (format, style guide, case studies)',
    content: `## Format\nPDF or PNG at 300 dpi, at most 20 MB; name files "department-name-title".\n\n## Style guide\nBrand colours first, at most two accents, Source Han Sans, a third of the canvas left empty.\n\n## Case studies\nLast year's winner told its theme with one central shape; entries that lost were too crowded.`,
    questions: [
      q(
        'What resolution must the key visual have?',
        ['72 dpi', '150 dpi', '300 dpi'],
        [2],
        'Print and judging use 300 dpi.',
      ),
      q(
        'How are files named?',
        ['Title only', 'Department-name-title', 'Anyhow'],
        [1],
        'Judges sort by department and name.',
      ),
      q(
        'Which follow the style guide?',
        ['Brand colours first', 'At most two accent colours', 'Fill the canvas'],
        [0, 1],
        'Leave a third empty.',
      ),
      q(
        "Last year's losing entries were mostly too crowded.",
        ['True', 'False'],
        [0],
        'One central shape wins.',
      ),
    ],
  },
  {
    ...ZH[3]!,
    title: 'Stories of our best colleagues',
    content: `## He Ping took one more baton\nA week before last year's contest the plan changed; He Ping claimed the poster rework from the pool, delivered in two days and won bronze.\n\n## Extra work is seen\nThe claim earned voluntary-claim points; she topped the design team that quarter.\n\n## You can too\nAnyone may claim a pool task: the first to claim takes it.`,
    questions: [
      q(
        'Who may claim a task in the pool?',
        ['Department heads only', 'Any active member', 'The boss only'],
        [1],
        'The pool is open to everyone.',
      ),
      q(
        'A voluntary claim earns contribution points.',
        ['True', 'False'],
        [0],
        'Claims have their own points rule.',
      ),
    ],
  },
];
