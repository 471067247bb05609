import type { SafetyPlanContent } from '@interlude/contracts';

/** Demo clients per clinician (by the clinician's email); the first of some have portal accounts. */
export const DEMO_CASELOADS: Record<string, string[]> = {
  'maya.chen@riverside.example': [
    'Jordan Rivera',
    'Elena Petrova',
    'Marcus Bell',
    'Aisha Rahman',
    'Tom Whitaker',
    'Grace Kim',
    'Luis Ortega',
    'Hannah Cole',
    'Noah Fischer',
    'Zara Ahmed',
  ],
  'sam.okafor@riverside.example': [
    'Olivia Brooks',
    'Daniel Mensah',
    'Sofia Rossi',
    'Ethan Clarke',
    'Mia Johansson',
    'Samuel Adeyemi',
    'Chloe Martin',
    'Ben Harper',
    'Leah Goldberg',
    'Oscar Nilsson',
  ],
  'priya.natarajan@riverside.example': [
    'Isla Thompson',
    'Ravi Shah',
    'Amara Okoye',
    'Jack Murphy',
    'Nina Kowalski',
    'Theo Laurent',
    'Maya Singh',
    'Lucas Silva',
    'Ruby Walsh',
  ],
};

/** Portal accounts (password as the staff's): listed in the README. */
export const DEMO_PORTAL_CLIENTS = ['Jordan Rivera', 'Olivia Brooks', 'Isla Thompson'];

export const demoClientEmail = (name: string) =>
  `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@clients.example`;

const TAGS = [
  ['anxiety'],
  ['depression'],
  ['anxiety', 'sleep'],
  ['grief'],
  ['social anxiety'],
  ['depression', 'work stress'],
];

export const demoTags = (i: number) => TAGS[i % TAGS.length];

export function demoSafetyPlan(i: number): SafetyPlanContent {
  const plans: SafetyPlanContent[] = [
    {
      warningSigns: [
        'Not sleeping for more than two nights',
        'Cancelling plans with friends',
        'Thinking "what\'s the point"',
      ],
      copingStrategies: [
        { text: 'Walk along the river for twenty minutes', addedBy: 'clinician' },
        { text: 'Box breathing: in 4, hold 4, out 4, hold 4', addedBy: 'clinician' },
      ],
      distractions: [
        { text: 'The coffee shop on Main Street', addedBy: 'clinician' },
        { text: 'Call my cousin Sam', addedBy: 'clinician' },
      ],
      peopleToAsk: [
        { name: 'Alex (brother)', phone: '+1 (555) 010-3344' },
        { name: 'Dana (friend)', phone: '+1 (555) 010-7781' },
      ],
      professionals: [
        { name: 'Riverside Counseling', phone: '+1 (555) 010-2040' },
        { name: '988 Suicide & Crisis Lifeline', phone: '988' },
      ],
      environmentSafety: ['Keep only a week of medication at home; the rest with the pharmacy'],
      reasonsForLiving: ['My dog, Pepper', 'Seeing my niece grow up'],
    },
    {
      warningSigns: ['Drinking more than usual', 'Staying in bed past noon'],
      copingStrategies: [
        { text: 'Shower and get dressed, even if staying home', addedBy: 'clinician' },
        { text: 'Write three lines in my journal', addedBy: 'clinician' },
      ],
      distractions: [
        { text: 'Saturday football in the park', addedBy: 'clinician' },
        { text: 'Library reading room', addedBy: 'clinician' },
      ],
      peopleToAsk: [{ name: 'Mum', phone: '+1 (555) 010-5520' }],
      professionals: [
        { name: 'Dr. Patel (GP)', phone: '+1 (555) 010-9000' },
        { name: '988 Suicide & Crisis Lifeline', phone: '988' },
      ],
      environmentSafety: ['Ask my partner to hold the car keys on bad nights'],
      reasonsForLiving: ['Finishing my degree', 'My partner'],
    },
  ];
  return plans[i % plans.length];
}
