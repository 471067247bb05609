import type { Role } from '@interlude/contracts';

/** Everyone in the demo clinic signs in with this password (listed in the README). */
export const DEMO_PASSWORD = 'riverside-demo-2026';

export const DEMO_STAFF: Array<{ name: string; email: string; roles: Role[] }> = [
  { name: 'Avery Brooks', email: 'admin@riverside.example', roles: ['admin'] },
  { name: 'Dr. Maya Chen', email: 'maya.chen@riverside.example', roles: ['clinician'] },
  { name: 'Sam Okafor', email: 'sam.okafor@riverside.example', roles: ['clinician'] },
  { name: 'Priya Natarajan', email: 'priya.natarajan@riverside.example', roles: ['clinician', 'admin'] },
  { name: 'Morgan Lee', email: 'morgan.lee@riverside.example', roles: ['manager'] },
];

export const DEMO_CRISIS_RESOURCES = [
  {
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    description: 'Call or text, any time, free and confidential.',
  },
  { name: 'Emergency services', phone: '911', description: 'If you or someone else is in immediate danger.' },
  {
    name: 'Riverside Counseling front desk',
    phone: '+1 (555) 010-2040',
    description: 'Weekdays 8am to 6pm.',
  },
];
