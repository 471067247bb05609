export type SafetyPlanSection =
  | 'warningSigns'
  | 'copingStrategies'
  | 'distractions'
  | 'peopleToAsk'
  | 'professionals'
  | 'environmentSafety'
  | 'reasonsForLiving';

/** The Stanley–Brown steps, in their order, in the words a client reads. */
export const SECTIONS: { key: SafetyPlanSection; title: string; description: string }[] = [
  {
    key: 'warningSigns',
    title: 'Signs that things are getting harder',
    description: 'Thoughts, feelings or situations that tell me a difficult time may be starting.',
  },
  {
    key: 'copingStrategies',
    title: 'Things I can do on my own to feel better',
    description: 'Small things that help me ride out a hard moment without contacting anyone.',
  },
  {
    key: 'distractions',
    title: 'People and places that take my mind off things',
    description: 'Company and places that help me feel a bit better.',
  },
  {
    key: 'peopleToAsk',
    title: 'People I can ask for help',
    description: 'People I trust and can reach out to.',
  },
  {
    key: 'professionals',
    title: 'Professionals and services I can contact',
    description: 'My clinician, other professionals and crisis lines.',
  },
  {
    key: 'environmentSafety',
    title: 'Making my surroundings safer',
    description: 'Steps that keep me safe where I am.',
  },
  {
    key: 'reasonsForLiving',
    title: 'My reasons for living',
    description: 'What matters most to me and is worth holding on to.',
  },
];
