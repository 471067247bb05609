// What the demo clients wrote and what their clinicians wrote back. Plain, short, everyday words, the
// way people actually fill in homework on their phone; nothing graphic and no real people. Each
// builder returns answers for one starter template's fields (checked against the pinned template
// version before anything is stored).
import type { DeclineReason, Theme } from './demo-homework-stories';

export type Rng = () => number;

/** A small, fast, seeded generator (mulberry32): the same seed always gives the same demo. */
export function seededRng(seed: string): Rng {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i += 1) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
export const between = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1));
export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** `count` different items, in a random order. */
export function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

/** A calendar date `days` later (YYYY-MM-DD in, YYYY-MM-DD out; no time zone involved). */
export function addDays(localDate: string, days: number): string {
  const d = new Date(`${localDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekdayOf = (localDate: string) =>
  WEEKDAY_KEYS[new Date(`${localDate}T00:00:00Z`).getUTCDay()] as string;

export interface AnswerContext {
  rng: Rng;
  theme: Theme;
  /** 0 (doing well) to 1 (as unwell as this client gets), from their questionnaire series. */
  severity: number;
  /** 0–10, in line with `severity`. */
  mood: number;
  /** The occurrence's local due date and the local date it was sent. */
  dueDate: string;
  submittedDate: string;
  /** Which occurrence of its assignment this is (from 0). */
  nth: number;
  topic: number;
  /** Texts this client already wrote, so nobody repeats themselves word for word. */
  used: Set<string>;
  /** Per list, what is left to draw before the client starts repeating phrases. */
  decks: Map<string, string[]>;
}

type Answers = Record<string, unknown>;
type Band = 'low' | 'mid' | 'good';
const bandOf = (mood: number): Band => (mood <= 3 ? 'low' : mood <= 6 ? 'mid' : 'good');

/** A text not used before by this client (tries a few times, then accepts a repeat). */
function fresh(c: AnswerContext, make: () => string): string {
  let text = make();
  for (let i = 0; i < 6 && c.used.has(text); i += 1) text = make();
  c.used.add(text);
  return text;
}

/** The next phrase from a shuffled deck of `list`: nothing repeats until the deck runs out. */
function draw(c: AnswerContext, key: string, list: readonly string[]): string {
  let deck = c.decks.get(key);
  if (!deck || deck.length === 0) {
    deck = sample(c.rng, list, list.length);
    c.decks.set(key, deck);
  }
  return deck.pop() as string;
}

// ---------------------------------------------------------------- journal

const JOURNAL: Record<Band, { open: string[]; middle: string[]; close: string[] }> = {
  low: {
    open: [
      'Rough day.',
      "Didn't sleep much last night and felt it all day.",
      'Stayed in bed until almost noon.',
      'Felt flat from the moment I woke up.',
      'Work was a lot today.',
      'Cancelled on a friend again.',
      'Kept replaying a conversation from earlier in the week.',
      'Hard to get going this morning.',
      'Spent most of the evening on the couch scrolling.',
      'Not a good one.',
    ],
    middle: [
      'I did get a shower and made a proper lunch, which is something.',
      "Managed to answer two emails I'd been avoiding.",
      'Took a short walk around the block, only ten minutes.',
      "Texted my sister back, even though I didn't feel like it.",
      'Tried the breathing exercise but my mind kept wandering.',
      'Ate dinner standing up in the kitchen again.',
      'Everything took twice as long as it should.',
      'Felt like everyone was annoyed with me, even though nobody said anything.',
    ],
    close: [
      'Hoping tomorrow is a bit easier.',
      'Going to try to get to bed before eleven.',
      'Not much else to say today.',
      'Writing this down helps a little.',
      'Going to be kind to myself and leave it there.',
    ],
  },
  mid: {
    open: [
      'An okay day, nothing special.',
      'Busy morning, quieter afternoon.',
      'Woke up anxious but it eased off by lunch.',
      'Bit of a mixed day.',
      'Slept about six hours, better than last week.',
      'Had a tense meeting but got through it.',
      'Ordinary day.',
      'Felt tired but steady.',
    ],
    middle: [
      'Went for a walk after dinner and that helped me settle.',
      'Cooked instead of ordering in.',
      'Caught myself expecting the worst about an email and tried to look at it another way.',
      'Called my mom for a few minutes.',
      "Did the grocery shopping I'd been putting off.",
      'Read for half an hour before bed instead of being on my phone.',
      'Got some laundry done and tidied the living room.',
      'Had lunch outside for a change.',
    ],
    close: [
      'Tired now, but okay.',
      'Want to keep the walks going.',
      'Would like to talk about the work stuff next session.',
      'Overall better than I expected this morning.',
      'Early night, I think.',
    ],
  },
  good: {
    open: [
      'Good day today.',
      'Felt more like myself today.',
      'Slept well for the second night in a row.',
      'Got a lot done this morning.',
      'Sunny out and I actually went outside to enjoy it.',
      'A calmer day than I expected.',
      'Really nice day.',
    ],
    middle: [
      'Met a friend for coffee and stayed longer than planned.',
      "Finished the project I'd been dreading and it went fine.",
      'Went to the gym for the first time in weeks.',
      'Noticed the worry come up and let it pass without chasing it.',
      "Played music for a while, which I haven't done in ages.",
      'Took my nephew to the park and we got ice cream.',
      'Said yes to an invitation instead of making an excuse.',
      'Tried a new recipe and it actually worked.',
    ],
    close: [
      'Want to remember days like this.',
      'Proud of myself for following through.',
      'Feeling hopeful about next week.',
      'Tired in a good way.',
      'More of this, please.',
    ],
  },
};

const THEME_LINES: Record<Theme, Record<Band, string[]>> = {
  anxiety: {
    low: [
      'Heart racing on and off all afternoon.',
      'Checked the stove three times before leaving.',
      'Could not stop thinking about everything that might go wrong.',
      'Felt on edge all day for no clear reason.',
    ],
    mid: [
      'Worry came up on the commute but I noticed it and did the breathing.',
      'Only checked my phone for work messages twice after 6.',
      'Had a what-if spiral at lunch, but it passed quicker than usual.',
      'Used worry time at 6pm and it kept the rest of the evening clearer.',
    ],
    good: [
      'Went the whole afternoon without the usual knot in my stomach.',
      'Caught a "what if" thought and let it go.',
      'Made a phone call I would normally put off for days.',
      'Noticed I was calm in a situation that would have set me off a month ago.',
    ],
  },
  'low mood': {
    low: [
      'Everything feels grey.',
      "Couldn't find the energy to call anyone back.",
      'Could not see the point of getting dressed.',
      'Heavy feeling most of the day.',
    ],
    mid: [
      'Made myself go out for milk and ended up walking a bit further.',
      'Small things felt a bit more doable.',
      'Did one thing on my list, which is one more than yesterday.',
      'Felt a little lighter in the afternoon.',
    ],
    good: [
      'Laughed properly at something on TV.',
      'Actually looked forward to something today.',
      'Had energy left over in the evening for once.',
      'Noticed I was humming while cooking.',
    ],
  },
  sleep: {
    low: [
      'Awake from 3 until about 5 again.',
      'Lay awake going over everything I have to do.',
      'Took ages to fall asleep, then woke up before the alarm.',
      'Napped in the afternoon and then could not sleep at night.',
    ],
    mid: [
      'Kept to the same wake-up time even though I slept badly.',
      'No screens after 10, fell asleep a bit quicker.',
      'Woke once in the night but got back to sleep.',
      'Got up when I could not sleep instead of lying there. It helped a bit.',
    ],
    good: [
      'Slept right through for once.',
      'Stuck to the sleep window and it seems to be working.',
      'Woke up before the alarm feeling rested.',
      'Fell asleep within twenty minutes, which feels like a small miracle.',
    ],
  },
  grief: {
    low: [
      'Missed them a lot today.',
      'Found an old message on my phone and had to sit down for a while.',
      'Set the table for two out of habit.',
      'Everyone else seems to have moved on.',
    ],
    mid: [
      'Looked through old photos. Cried a bit, but it felt okay to.',
      'Told a friend a funny story about them and it felt nice to share.',
      'Cooked their favorite recipe.',
      'Some moments of missing them, but I got through the day.',
    ],
    good: [
      'Visited their favorite spot and it felt peaceful.',
      'Thought about them and smiled instead of crying.',
      'Felt close to them in a good way today.',
      'Talked about them with family and we laughed a lot.',
    ],
  },
  social: {
    low: [
      "Skipped the team lunch. Couldn't face it.",
      'Let a call go to voicemail.',
      'Avoided the kitchen at work so I would not have to chat.',
      'Kept my camera off in every meeting.',
    ],
    mid: [
      'Said hi to a neighbor in the elevator.',
      'Asked a question in the meeting. Voice shook but I did it.',
      'Replied in the group chat instead of just reading it.',
      'Made small talk with the cashier.',
    ],
    good: [
      'Chatted with someone new at the coffee place.',
      'Joined the group chat conversation and made a plan for Saturday.',
      'Went to the team lunch and actually enjoyed it.',
      'Spoke up in the meeting without rehearsing it first.',
    ],
  },
  work: {
    low: [
      'Inbox is out of control.',
      'Stayed late again and skipped dinner.',
      'Checked work email in bed.',
      'Felt behind all day.',
    ],
    mid: [
      'Left work on time for once.',
      'Said no to one extra task. Felt awkward but okay.',
      'Took a proper lunch break.',
      'Wrote a to-do list for tomorrow so I could switch off.',
    ],
    good: [
      'Took a proper lunch break away from my desk.',
      'Handed off a task instead of doing it all myself.',
      'Did not open my laptop after dinner.',
      'Got good feedback on a project.',
    ],
  },
};

export function journalAnswers(c: AnswerContext): Answers {
  const band = bandOf(c.mood);
  const bank = JOURNAL[band];
  const entry = fresh(c, () => {
    const parts = [draw(c, `open-${band}`, bank.open)];
    if (chance(c.rng, 0.45)) parts.push(draw(c, `theme-${band}`, THEME_LINES[c.theme][band]));
    parts.push(draw(c, `middle-${band}`, bank.middle));
    if (chance(c.rng, 0.5)) parts.push(draw(c, `close-${band}`, bank.close));
    return parts.join(' ');
  });
  return chance(c.rng, 0.93) ? { entry, mood: c.mood } : { entry };
}

// ---------------------------------------------------------------- thought record

const THOUGHT_RECORDS = [
  {
    situation: 'At my desk. My manager asked to "have a quick chat" tomorrow morning.',
    thought: "I'm in trouble. They've noticed I've been slow and I'm going to get let go.",
    emotion: 'Anxious',
    evidenceFor: 'I missed a deadline last month. The message was short.',
    evidenceAgainst:
      'Quick chats are usually about schedules. My last review was good. Nobody has said anything about my work.',
    balanced:
      "I don't know what it is about. It is more likely to be something ordinary, and if there is a problem I can deal with it.",
  },
  {
    situation: "Texted a friend about the weekend and she hadn't replied after four hours.",
    thought: "She doesn't actually want to see me. I'm too much.",
    emotion: 'Sad, embarrassed',
    evidenceFor: 'She took a long time to reply last time too.',
    evidenceAgainst:
      'She invited me out two weeks ago. She works long shifts. She usually replies in the evening.',
    balanced: "She's probably busy. One slow reply doesn't mean she doesn't like me.",
  },
  {
    situation: 'Walking into the grocery store. It was really crowded.',
    thought: "I'm going to panic in here and everyone will see.",
    emotion: 'Panicky',
    evidenceFor: 'My heart was pounding and I felt hot.',
    evidenceAgainst:
      'I have felt like this before and it passed. Nobody is looking at me, they are all busy shopping.',
    balanced:
      'This feeling is uncomfortable but not dangerous. I can slow my breathing and get what I came for.',
  },
  {
    situation: 'Made a mistake in a report that my coworker caught.',
    thought: "I'm useless. I can't do anything right.",
    emotion: 'Ashamed',
    evidenceFor: 'I did make a mistake, and it was a silly one.',
    evidenceAgainst:
      'I have done dozens of reports without errors. My coworker was nice about it. Everyone makes mistakes.',
    balanced: 'I made one mistake and fixed it. That is part of working, not proof that I am useless.',
  },
  {
    situation: 'Sunday evening, thinking about the week ahead.',
    thought: "I'll never get everything done. It's going to be a disaster.",
    emotion: 'Overwhelmed',
    evidenceFor: 'There is a lot on my list this week.',
    evidenceAgainst: 'I said the same last week and got through it. Some things can wait.',
    balanced: 'It is a busy week. If I pick the three most important things, the rest can move.',
  },
  {
    situation: 'My partner was quiet at dinner.',
    thought: "They're angry with me about something.",
    emotion: 'Worried',
    evidenceFor: "They didn't say much and went to bed early.",
    evidenceAgainst: 'They had a long day and said they had a headache. Nothing happened between us.',
    balanced: 'They were tired. If I want to know, I can just ask tomorrow.',
  },
  {
    situation: 'Got an invitation to a birthday party where I will only know one person.',
    thought: "I'll be awkward and stand in the corner all night.",
    emotion: 'Nervous',
    evidenceFor: 'I find small talk hard.',
    evidenceAgainst:
      'At the last party I ended up having a good conversation. I can leave after an hour if I want.',
    balanced: 'It might be awkward at first, and that is okay. I can go for a while and see how it goes.',
  },
  {
    situation: 'Lying in bed at 2am, could not fall asleep.',
    thought: "If I don't sleep I'll be a wreck tomorrow and mess everything up.",
    emotion: 'Anxious, frustrated',
    evidenceFor: 'I do feel worse after a bad night.',
    evidenceAgainst:
      'I have had bad nights before and still managed the next day. Worrying about sleep keeps me awake.',
    balanced: 'One bad night is unpleasant but I can cope. Resting is still better than nothing.',
  },
  {
    situation: 'Saw photos on social media of friends out together without me.',
    thought: 'Everyone has a life except me.',
    emotion: 'Lonely',
    evidenceFor: 'I was not there and I stay in a lot lately.',
    evidenceAgainst: 'I turned down the last two invitations. Photos only show the good bits.',
    balanced: "I've been pulling back. I could reach out and suggest something myself.",
  },
  {
    situation: 'Had to call the insurance company about a bill.',
    thought: "They'll be rude and I won't be able to explain myself.",
    emotion: 'Dread',
    evidenceFor: 'The last call like this was frustrating.',
    evidenceAgainst: 'I wrote down what to say. Most people on those lines are just doing their job.',
    balanced: 'It might be annoying, but I can handle a phone call and I can ask them to repeat things.',
  },
  {
    situation: 'My sister canceled our plans at the last minute.',
    thought: "I'm never a priority for anyone.",
    emotion: 'Hurt',
    evidenceFor: 'This is the second time this month.',
    evidenceAgainst: 'Her kid is sick. She apologized and suggested another day.',
    balanced: 'It is disappointing, and it is about her week, not about me.',
  },
  {
    situation: 'Started a new task at work that I have never done before.',
    thought: "Everyone will find out I don't know what I'm doing.",
    emotion: 'Anxious',
    evidenceFor: 'I had to ask two questions already.',
    evidenceAgainst: 'It is new for everyone. Asking questions is normal and my team was helpful.',
    balanced: 'Learning something new means not knowing it yet. That is expected.',
  },
];

const round5 = (n: number) => Math.round(n / 5) * 5;

export function thoughtRecordAnswers(c: AnswerContext): Answers {
  const order = sample(c.rng, THOUGHT_RECORDS, THOUGHT_RECORDS.length);
  const record =
    order.find((r) => !c.used.has(r.situation)) ?? (order[0] as (typeof THOUGHT_RECORDS)[number]);
  c.used.add(record.situation);
  const before = clamp(round5(45 + 45 * c.severity + between(c.rng, -10, 10)), 20, 100);
  const drop = round5(15 + 25 * (1 - c.severity) + between(c.rng, -5, 5));
  return {
    situation: record.situation,
    automaticThought: record.thought,
    emotion: record.emotion,
    emotionIntensity: before,
    evidenceFor: record.evidenceFor,
    evidenceAgainst: record.evidenceAgainst,
    balancedThought: record.balanced,
    emotionAfter: clamp(before - drop, 5, 100),
  };
}

// ---------------------------------------------------------------- weekly activity schedule

const ACTIVITIES: Array<[activity: string, time?: string]> = [
  ['Walk around the park', '08:00'],
  ['Cooked dinner from scratch', '18:30'],
  ['Called grandma', '17:00'],
  ['Laundry'],
  ['Yoga video in the living room', '07:30'],
  ['Coffee with a coworker', '10:30'],
  ['Paid the bills'],
  ['Went to the library', '14:00'],
  ['Gym', '18:00'],
  ['Watered and repotted the plants'],
  ['Movie night with my roommate', '20:00'],
  ['Cleaned the kitchen'],
  ['Grocery shopping', '11:00'],
  ['Bike ride by the river', '16:00'],
  ['Baked banana bread'],
  ['Watched the game with a friend', '19:00'],
  ['Sketching for half an hour'],
  ['Swim at the community pool', '07:00'],
  ['Got up at the same time as on weekdays', '07:00'],
  ['Sorted out the pile of mail'],
  ['Lunch outside instead of at my desk', '12:30'],
  ['Dog-sat for my neighbor'],
  ['Played guitar'],
  ['Took the long way home on foot', '17:30'],
];

const SCHEDULE_REFLECTIONS: Record<Band, string[]> = {
  low: [
    'Most of what I planned did not happen. The walk was the only thing that helped a little.',
    'Hard week. I noticed I skip things when I am tired and then feel worse.',
    'I did the basics and not much else. Writing it down made me see I did more than I thought.',
  ],
  mid: [
    'Mornings were better when I got outside early.',
    'Cooking gave me more of a sense of achievement than I expected.',
    'Weekend was better than weekdays. Work drains me.',
    'I enjoyed the things with other people more than the things on my own.',
  ],
  good: [
    'Good week. I did most of what I planned and the exercise really helps my mood.',
    'Noticed that planning the day the night before makes it much easier to get going.',
    'Fun things and chores mixed well this week. Want to keep this balance.',
  ],
};

export function scheduleAnswers(c: AnswerContext): Answers {
  const rows = between(c.rng, 4, 8);
  const weekStart = addDays(c.dueDate, -6);
  const days = Array.from({ length: rows }, () => between(c.rng, 0, 6)).sort((a, b) => a - b);
  const doneChance = 0.9 - 0.45 * c.severity;
  const activities = sample(c.rng, ACTIVITIES, rows).map(([activity, time], i) => {
    const done = chance(c.rng, doneChance);
    const row: Answers = { day: weekdayOf(addDays(weekStart, days[i] ?? 0)), activity, done };
    if (time) row.time = time;
    if (done) {
      row.enjoyment = clamp(Math.round(7 - 4 * c.severity + between(c.rng, -2, 2)), 0, 10);
      row.mastery = clamp(Math.round(6 - 3 * c.severity + between(c.rng, -2, 3)), 0, 10);
    }
    return row;
  });
  const answers: Answers = { activities };
  if (chance(c.rng, 0.75))
    answers.weekReflection = fresh(c, () => pick(c.rng, SCHEDULE_REFLECTIONS[bandOf(c.mood)]));
  return answers;
}

// ---------------------------------------------------------------- plan for a difficult event

export const EVENTS = [
  {
    event: 'Job interview for the office manager role',
    goal: 'Get through it calmly and show them what I can actually do.',
    steps: [
      'Print the job description and my notes',
      'Practice three answers out loud',
      'Lay out clothes the night before',
      'Leave 30 minutes early',
    ],
    obstacles: 'My mind going blank on a question. Running late if the bus is slow.',
    coping:
      'Slow breathing in the waiting room. Remind myself they invited me because they liked my application.',
    backup:
      'If I freeze, ask them to repeat the question or say I need a moment. Call my brother afterwards either way.',
    reflections: [
      'Went better than I feared. Blanked on one question but asked for a moment like we practiced, and it came back.',
      'Nervous the whole time but I did it. They said they would let me know next week.',
    ],
  },
  {
    event: "My cousin's wedding",
    goal: 'Stay for the ceremony and the dinner, and talk to at least two relatives.',
    steps: [
      'Decide who I will sit near',
      'Plan a couple of things to talk about',
      'Set an alarm for when I can take a break',
    ],
    obstacles: 'Lots of people asking what I am up to. Being stuck at a table for hours.',
    coping: 'Step outside for fresh air. Use the breathing app. It is okay to keep answers short.',
    backup: 'Text my brother and leave after dinner if it gets to be too much.',
    reflections: ['Stayed longer than planned. Dancing was not for me but dinner was nice.'],
  },
  {
    event: 'Presenting the quarterly numbers at the team meeting',
    goal: 'Get through all the slides without rushing.',
    steps: [
      'Finish slides two days early',
      'Run through it once with a coworker',
      'Write key points on a card',
    ],
    obstacles: 'Someone asking a question I cannot answer. My voice shaking.',
    coping: 'Pause and sip water. Look at the friendly faces. "I\'ll follow up on that" is a fine answer.',
    backup: 'If it gets too much, pause, look at my notes, and finish early if I need to.',
    reflections: [
      'Voice shook for the first minute then settled. Someone asked a hard question and I said I would follow up. Nobody minded.',
      'It went fine. I rushed a bit at the end but my manager said it was clear.',
    ],
  },
  {
    event: "Friend's birthday party",
    goal: 'Go for at least an hour.',
    steps: ['Reply to the invitation', 'Pick a gift', 'Arrange to arrive with someone I know'],
    obstacles: 'Not knowing many people.',
    coping: 'Have a couple of questions ready to ask people.',
    backup: 'Leave after an hour if I want to.',
    reflections: ['Went for an hour and a half. It was okay.'],
  },
  {
    event: 'Annual performance review',
    goal: 'Say what I did well this year and ask about the training budget.',
    steps: [
      'List three things I am proud of',
      'Write down my question about training',
      'Book a quiet room for after',
    ],
    obstacles: 'Getting defensive if there is criticism. Forgetting to ask my question.',
    coping: 'Take notes instead of answering straight away. Remember criticism is about the work, not me.',
    backup: 'Ask for a short break, breathe, and remember the review is one conversation.',
    reflections: [
      'Mostly positive. One area to work on, and I did not get defensive. I asked about training and they said yes.',
      'Harder than I hoped, there was more criticism than I expected. But I stayed calm and wrote it down.',
    ],
  },
  {
    event: 'Flight to visit my parents',
    goal: 'Get on the plane and arrive without needing to turn back.',
    steps: [
      'Check in online the day before',
      'Pack the calm kit: headphones, gum, water',
      'Get to the airport early',
      'Pick an aisle seat',
    ],
    obstacles: 'Panic at take-off. Turbulence.',
    coping: 'Breathing app. Counting things I can see. Reminding myself turbulence is normal.',
    backup: 'Tell the flight attendant if panic builds, and text home from the gate.',
    reflections: [
      'Take-off was the worst part, then I watched a movie and it was okay. So glad I went.',
      'Panicky at the gate but I used the breathing and got on. Turbulence was scary but it passed.',
    ],
  },
];

export function eventPlanAnswers(c: AnswerContext): Answers {
  const e = EVENTS[c.topic % EVENTS.length] ?? EVENTS[0];
  if (!e) throw new Error('No demo events');
  const afterwards = chance(c.rng, 0.65);
  const answers: Answers = {
    event: e.event,
    eventDate: afterwards ? addDays(c.submittedDate, -1) : addDays(c.dueDate, between(c.rng, 2, 5)),
    goal: e.goal,
    steps: e.steps.map((step) => ({ step })),
    obstacles: e.obstacles,
    copingStrategies: e.coping,
    backupPlan: e.backup,
  };
  if (afterwards) answers.reflection = pick(c.rng, e.reflections);
  return answers;
}

// ---------------------------------------------------------------- hobbies and interests

const INTERESTS = [
  'Drawing',
  'Hiking',
  'Board games',
  'Baking',
  'Photography',
  'Guitar',
  'Swimming',
  'Gardening',
  'Jigsaw puzzles',
  'Learning Spanish',
  'Volunteering at the animal shelter',
  'Pottery class',
  'Birdwatching',
  'Running',
  'Trying new recipes',
  'Knitting',
  'Mystery novels',
  'Chess',
  'Dancing',
  'Fixing up my bike',
];

const INTEREST_PLANS = [
  'Saturday morning, before I can talk myself out of it.',
  'After work on Wednesday. I will put it in my calendar.',
  'Sign up online tonight and go to the first one next week.',
  'Ask my friend if she wants to come with me on Sunday.',
];

const INTEREST_RESULTS = [
  'It was nice to do something just for fun. I lost track of time, which never happens.',
  'Harder to start than I thought but I enjoyed it once I got going.',
  'Honestly it was just okay. But I went, and I might try something else on the list next.',
  'Really enjoyed it. Already planning the next time.',
];

export function interestsAnswers(c: AnswerContext): Answers {
  const chosen = sample(c.rng, INTERESTS, between(c.rng, 4, 7)).map((interest) => ({
    interest,
    rating: clamp(between(c.rng, 2, 9) - Math.round(2 * c.severity), 0, 10),
  }));
  const top = [...chosen].sort((a, b) => b.rating - a.rating)[0];
  const answers: Answers = { interests: chosen, toTry: top?.interest ?? 'Drawing' };
  if (chance(c.rng, 0.85)) answers.plan = pick(c.rng, INTEREST_PLANS);
  if (chance(c.rng, 0.7)) answers.howItWent = pick(c.rng, INTEREST_RESULTS);
  return answers;
}

// ---------------------------------------------------------------- reaching out

const WHO = [
  'My sister',
  'An old friend from college',
  'My brother',
  'A coworker I get along with',
  'My neighbor downstairs',
  'My aunt',
  'A friend from my old running group',
  'My dad',
  'My college roommate',
  "A friend I haven't seen since I moved",
  'My cousin',
  'A friend from my old job',
];

const REACH_OUT_RESULTS: Record<'good' | 'okay' | 'flat', string[]> = {
  good: [
    'We talked for almost an hour. I forgot how easy it is with them.',
    'They were really happy to hear from me and we made plans for next week.',
    'Short chat but it lifted my mood for the rest of the evening.',
    'I was nervous beforehand but it was great to catch up.',
    'We laughed about old times. I want to do this more often.',
  ],
  okay: [
    'Got a friendly reply. Small, but good.',
    "They were busy so we only talked for five minutes, but I'm glad I reached out.",
    'A bit awkward at first, then fine.',
    'Nice enough. We said we would catch up properly soon.',
  ],
  flat: [
    "Didn't really connect this time. Trying not to read into it.",
    'They seemed distracted. It was hard not to take it personally.',
  ],
};

export function reachOutAnswers(c: AnswerContext): Answers {
  const before = clamp(c.mood - between(c.rng, 0, 2), 0, 10);
  const outcome = chance(c.rng, 0.55 - 0.25 * c.severity) ? 'good' : chance(c.rng, 0.75) ? 'okay' : 'flat';
  const change =
    outcome === 'good'
      ? between(c.rng, 2, 4)
      : outcome === 'okay'
        ? between(c.rng, 0, 2)
        : between(c.rng, -1, 0);
  const answers: Answers = {
    who: draw(c, 'who', WHO),
    how: pick(c.rng, ['call', 'text', 'text', 'inPerson', 'video', 'call']),
    when: chance(c.rng, 0.6) ? c.submittedDate : addDays(c.submittedDate, -1),
  };
  if (chance(c.rng, 0.9)) answers.feelingBefore = before;
  answers.howItWent = draw(c, `reach-${outcome}`, REACH_OUT_RESULTS[outcome]);
  if (chance(c.rng, 0.9)) answers.feelingAfter = clamp(before + change, 0, 10);
  return answers;
}

// ---------------------------------------------------------------- support meetings

const MEETINGS: Array<{ name: string; kind: 'social' | 'recovery' | 'grief' }> = [
  { name: 'Peer support group for social anxiety at the library', kind: 'social' },
  { name: 'SMART Recovery meeting (online)', kind: 'recovery' },
  { name: 'Grief support group at the community center', kind: 'grief' },
  { name: 'Social anxiety support group (online)', kind: 'social' },
  { name: 'AA meeting at the church hall', kind: 'recovery' },
];

const MEETING_REFLECTIONS: Record<'social' | 'recovery' | 'grief', { went: string[]; missed: string[] }> = {
  social: {
    went: [
      'Mostly listened. Someone described exactly how I feel at work, which helped.',
      'Said my name and one sentence. Small, but more than last time.',
    ],
    missed: ['Got to the door and turned around. Felt bad about it afterwards.'],
  },
  recovery: {
    went: [
      'Good meeting. Someone talked about weekends being the hardest, same as me.',
      'Shared for the first time. Short, but people were kind.',
      'Quiet meeting. Just being there helped me not drink tonight.',
      'Talked to a guy afterwards who has been sober two years. Took his number.',
      'Hard to focus but glad I went.',
    ],
    missed: [
      'Worked late and missed it. Called my sponsor instead.',
      'Was exhausted and stayed home. Did not drink though.',
    ],
  },
  grief: {
    went: [
      'Someone talked about the first birthday without their mom. I cried but it was a relief.',
      'Listened mostly. It helps to be around people who get it.',
      'Shared a memory for the first time. People smiled.',
      'Felt heavy afterwards but also less alone.',
    ],
    missed: ["Couldn't face it this week. Looked at photos at home instead."],
  },
};

export function meetingAnswers(c: AnswerContext): Answers {
  const meeting = MEETINGS[c.topic % MEETINGS.length] ?? MEETINGS[0];
  if (!meeting) throw new Error('No demo meetings');
  const attended = chance(c.rng, 0.92 - 0.35 * c.severity);
  const bank = MEETING_REFLECTIONS[meeting.kind];
  const answers: Answers = {
    meeting: meeting.name,
    meetingDate: chance(c.rng, 0.7) ? c.dueDate : addDays(c.dueDate, -1),
    attended,
  };
  if (chance(c.rng, 0.85))
    answers.reflection = fresh(c, () => pick(c.rng, attended ? bank.went : bank.missed));
  return answers;
}

// ---------------------------------------------------------------- social skills

const SKILLS = [
  {
    skill: 'Starting a conversation',
    situations: [
      'In the break room at work, two coworkers were there.',
      'Waiting for the bus next to a neighbor.',
    ],
    happened: [
      'Asked how their weekend was. We talked for a few minutes. My face felt hot but nobody noticed.',
      'Said hi and commented on the weather. Short, but they smiled and answered.',
    ],
  },
  {
    skill: 'Saying no',
    situations: ['A coworker asked me to cover their shift again.', 'My friend asked to borrow money.'],
    happened: [
      'Said I could not this time. Felt guilty for an hour but they were fine about it.',
      "Said no but offered to help another way. Didn't over-explain, which is new for me.",
    ],
  },
  {
    skill: 'Asking for help',
    situations: ['Stuck on a spreadsheet at work.', 'Needed help moving a bookcase.'],
    happened: [
      'Asked my coworker. She showed me in two minutes and said to ask anytime.',
      'Texted a friend and he came over on Saturday.',
    ],
  },
  {
    skill: 'Giving my opinion in a meeting',
    situations: ['Weekly team meeting, about eight people.', 'Planning meeting for the office party.'],
    happened: [
      'Said I thought the deadline was too tight. My manager agreed and moved it.',
      'Suggested a place for the party. Nobody laughed, and two people liked the idea.',
    ],
  },
  {
    skill: 'Returning something at a store',
    situations: ['Shoes that did not fit, at the mall.'],
    happened: ['Practiced what to say in the car. It took two minutes and the cashier was friendly.'],
  },
  {
    skill: 'Inviting someone to do something',
    situations: ['Texting a coworker I get along with.', 'After class, asked a classmate.'],
    happened: [
      'Asked if she wanted to get lunch on Friday. She said yes!',
      'Asked about studying together. He said maybe next week.',
    ],
  },
];

const NEXT_TIME = [
  'Try it with someone I know less well.',
  'Keep eye contact a bit longer.',
  'Not apologize so much before I say something.',
  'Try it in a bigger group.',
  'Do it without rehearsing it ten times first.',
];

export function socialSkillAnswers(c: AnswerContext): Answers {
  const s = SKILLS[(c.nth + c.topic) % SKILLS.length] ?? SKILLS[0];
  if (!s) throw new Error('No demo skills');
  const answers: Answers = {
    skill: s.skill,
    situation: pick(c.rng, s.situations),
    whatHappened: pick(c.rng, s.happened),
    selfRating: clamp(Math.round(7 - 5 * c.severity + between(c.rng, -1, 2)), 0, 10),
  };
  if (chance(c.rng, 0.6)) answers.nextTime = pick(c.rng, NEXT_TIME);
  return answers;
}

// ---------------------------------------------------------------- reading

export const READINGS = [
  {
    title: 'How worry works (Riverside Counseling handout)',
    pages: 'Whole handout, pages 1 to 6',
    passages: [
      [
        'Worry feels like problem-solving, but it rarely solves anything.',
        'This is so me. I think I am preparing, but I am just going in circles.',
      ],
      [
        'Avoidance brings relief now and more anxiety later.',
        'Made me think about the phone calls I put off.',
      ],
      ['You cannot stop a thought, but you can choose not to follow it.', ''],
    ],
    discussion: [
      'How do I tell useful planning from worry?',
      'Can we practice the worry time idea together?',
    ],
  },
  {
    title: 'Assertiveness: saying what you need (handout)',
    pages: 'Sections 1 and 2',
    passages: [
      [
        'Being assertive is not being rude. It is being honest and respectful at the same time.',
        'I always thought saying no was rude.',
      ],
      ['Use "I" statements: "I feel... when... I would like..."', 'Going to try this with my roommate.'],
      ['You are allowed to take time before you answer.', ''],
    ],
    discussion: ['What do I do when people push back?', 'I would like to practice the "I" statements.'],
  },
  {
    title: 'Better sleep: a practical guide, chapters 1 to 3',
    pages: 'Chapters 1 to 3',
    passages: [
      [
        'Keep the bed for sleep. If you are awake for more than twenty minutes, get up and do something calm.',
        'I never do this. I just lie there and worry.',
      ],
      [
        'A regular wake-up time matters more than a regular bedtime.',
        'Surprised by this. Weekends are a mess for me.',
      ],
      ['Worry time earlier in the evening can stop worries showing up at bedtime.', ''],
    ],
    discussion: [
      "The sleep window part worries me. Won't I be more tired?",
      'Can we talk about my weekends?',
    ],
  },
  {
    title: 'Living with grief (reading pack)',
    pages: 'Part 1',
    passages: [
      [
        'Grief is not a set of stages you pass through in order.',
        'Relieved to read this. I thought I was doing it wrong.',
      ],
      [
        'Growing around grief: the loss stays the same size, but life slowly grows around it.',
        'This picture helped me a lot.',
      ],
      ['It is okay to laugh and still miss someone.', ''],
    ],
    discussion: [
      'I would like to talk about the anniversary coming up.',
      'How do I answer when people ask how I am?',
    ],
  },
];

export function readingAnswers(c: AnswerContext): Answers {
  const r = READINGS[c.topic % READINGS.length] ?? READINGS[0];
  if (!r) throw new Error('No demo readings');
  const highlights = sample(c.rng, r.passages, between(c.rng, 1, 3)).map(([quote, note]) =>
    note ? { quote, note } : { quote },
  );
  const answers: Answers = { title: r.title, pages: r.pages, highlights };
  if (chance(c.rng, 0.85)) answers.discussionNotes = pick(c.rng, r.discussion);
  return answers;
}

// ---------------------------------------------------------------- declines

export const DECLINE_NOTES: Record<DeclineReason, string[]> = {
  not_relevant: [
    "I don't really see how this fits with what we're working on.",
    'I already do something like this on my own.',
    "This one doesn't feel like it applies to me this week.",
  ],
  too_hard: [
    "I couldn't face it this week.",
    'Too much going on in my head to sit down and do this.',
    'I tried to start but got overwhelmed.',
    'It felt like too much right now.',
  ],
  not_safe: ['The situation I would have to be in for this does not feel safe at the moment.'],
  no_time: [
    'Double shifts all week.',
    'Kids were sick and I ran out of time.',
    'Traveling for work until the weekend.',
    'Moving apartments this week, everything is in boxes.',
  ],
  other: [
    "My phone broke and I couldn't get into the portal.",
    "I was staying with family and didn't have any privacy to do this.",
    "Not feeling up to it, but I'll try again next week.",
  ],
};

export const DISCUSSED_NOTES: Record<DeclineReason, string[]> = {
  not_relevant: [
    'Talked it through: it did not feel connected to the goals. Agreed to swap it for something that fits better.',
    'Client prefers to keep working one to one for now; we revisited the goals together.',
  ],
  too_hard: [
    'Talked it through in session: the task felt too big. We broke it into a smaller first step.',
    'Explored what got in the way; client noticed the avoidance pattern. Will try again with a back-up plan.',
    'Client was low that week. Kept the task but agreed it is fine to do a shorter version.',
  ],
  not_safe: [
    'Discussed in session. Agreed the client was right to step back; we chose a different person to contact.',
  ],
  no_time: [
    'Timing was the issue. Moved the due time to the weekend.',
    'A packed week; agreed on a lighter load for the next two weeks.',
  ],
  other: ['Practical problem, now sorted. Client will pick it up again this week.'],
};

/** Reasons a client might give for not doing this kind of homework, most likely first. */
export const DECLINE_REASONS_BY_KIND: Record<string, DeclineReason[]> = {
  journal: ['no_time', 'no_time', 'other', 'too_hard'],
  schedule: ['no_time', 'too_hard', 'not_relevant'],
  event_plan: ['too_hard', 'not_relevant'],
  interests: ['not_relevant', 'too_hard'],
  worksheet: ['too_hard', 'no_time', 'not_relevant'],
  reach_out: ['too_hard', 'no_time', 'too_hard', 'other'],
  meeting: ['no_time', 'other', 'too_hard'],
  social_skills: ['too_hard', 'too_hard', 'no_time', 'not_relevant'],
  reading: ['no_time', 'not_relevant'],
  measure: ['no_time', 'other'],
};

// ---------------------------------------------------------------- clinician feedback

const FEEDBACK: Record<string, string[]> = {
  journal: [
    'Thank you for keeping this up. I noticed your mood was higher on the days you got outside. Worth talking about next session.',
    'These entries are really helpful. It sounds like evenings are the hardest part of the day; let us look at that together.',
    'I appreciate how honest you are in here. Small steps like the walk really do count.',
    'Lovely to read about the good day. What do you think made the difference?',
  ],
  schedule: [
    'Great detail here. Have a look at which activities gave you the most enjoyment; we can plan more of those.',
    'You did more than you gave yourself credit for this week. Let us build on the morning walks.',
    'Thanks for filling this in even on a tough week. Noticing what did not happen is useful too.',
  ],
  event_plan: [
    'This is a really thorough plan, and the back-up plan is solid. Well done for facing it.',
    'You went, and you used your coping strategies. That is exactly the point. Let us talk through what you learned.',
  ],
  interests: [
    'What a good list. I am glad you picked something to try; let me know how it goes.',
    'Thanks for doing this. It was nice to see things you used to enjoy come back onto the list.',
  ],
  worksheet: [
    'Nice work catching that thought. Your balanced thought is really well put.',
    'Good example to bring to session. Notice how the feeling dropped once you looked at the evidence.',
    'This is a hard one to do in the moment, and you did it. Let us practice the evidence-against part together.',
  ],
  reach_out: [
    'Really glad you reached out. Look at the difference in how you felt before and after.',
    'Even when it does not go as hoped, making contact takes courage. Let us talk about it next time.',
    'Great to see you following through on this. Who might be next?',
  ],
  meeting: [
    'Well done for going. It sounds like hearing others helped.',
    'Thanks for being honest about the week you missed. What got in the way is useful to talk about.',
    'Sharing for the first time is a big step. Proud of you.',
  ],
  social_skills: [
    'Great practice. Notice that the feared outcome did not happen.',
    'Every attempt counts, including the awkward ones. This was a good one.',
    'Nice work. Your idea for next time sounds like the right next step.',
  ],
  reading: [
    'Thanks for these notes. I marked the same passage about avoidance; let us start there next session.',
    'Great questions. I will bring a worked example for the part you asked about.',
  ],
  measure_down: [
    'Thanks for filling this in. Your score has come down since we started, which fits with what you have been telling me.',
    'Good to see the score moving in the right direction. Let us talk about what has been helping.',
  ],
  measure_up: [
    'Thank you. The score is a bit higher this week. We will check in on how things have been when we meet.',
    'Thanks for being honest on this. It sounds like a harder week; we will make time for it when we meet.',
  ],
  measure_same: ['Thanks for keeping up with these. Things look fairly steady; we will go over it together.'],
};

const FOLLOW_UPS = [
  'Following up from our session: let us keep the same plan for next week and see how it goes.',
  'As we discussed, try the shorter version next time, and bring this back to our next session.',
  'One more thought after we talked: notice how often this pattern shows up this week.',
];

export function feedbackText(rng: Rng, kind: string, measureTrend?: 'down' | 'up' | 'same'): string {
  const key = kind === 'measure' ? `measure_${measureTrend ?? 'same'}` : kind;
  return pick(rng, FEEDBACK[key] ?? FEEDBACK.journal ?? []);
}

export const followUpText = (rng: Rng): string => pick(rng, FOLLOW_UPS);

export const RISK_NOTE =
  'Called the client within the hour. Passive thoughts during a hard week, no plan or intent. Went through the safety plan together and agreed on a check-in call the next day.';
