import type { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { ReportExportsService } from '../src/modules/reports/report-exports.service';
import { NO_PROGRAM } from '../src/modules/reports/rollup-topics';
import { RollupWriter } from '../src/modules/reports/rollup-writer';
import { Clock } from '../src/platform/auth/clock';
import { rebuildRollups } from '../src/rollups';
import { startTestApp, type TestApp } from './support/app';
import {
  addStaff,
  errorPaths,
  expectSafeProblem,
  ownerClient,
  type StaffPerson,
} from './support/clinic-people';
import { addPortalClient } from './support/homework';
import { DAY, homeworkRows, type Rows } from './support/homework-rows';
import { call, signupClinic } from './support/http';

const HOUR = 60 * 60 * 1000;
const REASONS = ['not_relevant', 'too_hard', 'not_safe', 'no_time', 'other'] as const;

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

interface RawOccurrence {
  client_id: string;
  due_at: Date;
  status: string;
  day: string;
  submitted_at: Date | null;
  submit_day: string | null;
  reason: string | null;
  kind: string;
  program: string;
  clinician: string;
}

interface RawCells {
  clients: number;
  due: number;
  submitted: number;
  onTime: number;
  declined: number;
  declinedByReason: Record<string, number>;
  missed: number;
  medianHoursLate: number | null;
  activeClients: number;
  completionRate: number | null;
  onTimeRate: number | null;
}

const weekOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
const minusDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/** The straightforward computation over raw rows, written independently of the rollups. */
function rawEngagement(
  occ: RawOccurrence[],
  asOf: Date,
  from: string,
  to: string,
  activeFrom: (key: string) => string,
  keyOf: (o: RawOccurrence, day: string) => string,
): Map<string, RawCells> {
  const acc = new Map<string, { clients: Set<string>; active: Set<string>; late: number[]; c: RawCells }>();
  const get = (key: string) => {
    let a = acc.get(key);
    if (!a) {
      a = {
        clients: new Set(),
        active: new Set(),
        late: [],
        c: {
          clients: 0,
          due: 0,
          submitted: 0,
          onTime: 0,
          declined: 0,
          declinedByReason: Object.fromEntries(REASONS.map((r) => [r, 0])),
          missed: 0,
          medianHoursLate: null,
          activeClients: 0,
          completionRate: null,
          onTimeRate: null,
        },
      };
      acc.set(key, a);
    }
    return a;
  };
  for (const o of occ) {
    if (o.day >= from && o.day <= to && o.due_at.getTime() < asOf.getTime()) {
      const a = get(keyOf(o, o.day));
      a.clients.add(o.client_id);
      a.c.due += 1;
      if (o.status === 'submitted' || o.status === 'reviewed') {
        a.c.submitted += 1;
        const lateMs = (o.submitted_at as Date).getTime() - o.due_at.getTime();
        if (lateMs <= 0) a.c.onTime += 1;
        else a.late.push(Math.min(168, Math.floor(lateMs / HOUR)));
      } else if (o.status === 'declined') {
        a.c.declined += 1;
        a.c.declinedByReason[o.reason ?? 'other'] += 1;
      } else if (asOf.getTime() - o.due_at.getTime() >= 7 * DAY) a.c.missed += 1;
    }
    if (o.submit_day && o.submit_day >= from && o.submit_day <= to) {
      const key = keyOf(o, o.submit_day);
      if (o.submit_day >= activeFrom(key)) get(key).active.add(o.client_id);
    }
  }
  const out = new Map<string, RawCells>();
  for (const [key, a] of acc) {
    a.late.sort((x, y) => x - y);
    a.c.clients = a.clients.size;
    a.c.activeClients = a.active.size;
    a.c.medianHoursLate = a.late.length ? a.late[Math.floor((a.late.length + 1) / 2) - 1] : null;
    a.c.completionRate = a.c.due ? a.c.submitted / a.c.due : null;
    a.c.onTimeRate = a.c.due ? a.c.onTime / a.c.due : null;
    out.set(key, a.c);
  }
  return out;
}

const values = (cells: any): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cells)) {
    const c = v as any;
    out[k] = 'suppressed' in c ? c.value : values(c);
  }
  return out;
};

const expectClose = (actual: Record<string, unknown>, expected: RawCells, where: string) => {
  const e = { ...expected } as Record<string, unknown>;
  for (const k of ['completionRate', 'onTimeRate'] as const) {
    if (typeof e[k] === 'number') {
      expect({ where, k, v: Number((actual[k] as number).toFixed(9)) }).toEqual({
        where,
        k,
        v: Number((e[k] as number).toFixed(9)),
      });
      delete e[k];
    }
  }
  const { completionRate: _c, onTimeRate: _o, ...rest } = actual;
  const picked = Object.fromEntries(Object.keys(e).map((k) => [k, (k in rest ? rest : actual)[k]]));
  expect({ where, ...picked }).toEqual({ where, ...e });
};

describe('reports: rollups, engagement and outcomes, suppression, scope and exports', () => {
  let t: TestApp;
  let owner: Client;
  let admin: Awaited<ReturnType<typeof signupClinic>>;
  let other: Awaited<ReturnType<typeof signupClinic>>;
  let manager: StaffPerson;
  let maya: StaffPerson;
  let sam: StaffPerson;
  let rows: Rows;
  let writer: RollupWriter;
  const clients: Array<{ id: string; name: string; clinician: string }> = [];
  const programs: string[] = [];
  const pendingOccurrences: string[] = [];
  const base = () => `/api/v1/clinics/${admin.clinicId}`;
  const random = prng(20260308);

  const rawRows = async (clinicId: string): Promise<RawOccurrence[]> =>
    (
      await owner.query(
        `SELECT o.client_id, o.due_at, o.status, o.local_date::text AS day, s.submitted_at,
                (s.submitted_at AT TIME ZONE a.timezone)::date::text AS submit_day, d.reason, t.kind,
                coalesce(a.program_id::text, $2) AS program, c.primary_clinician_id::text AS clinician
           FROM occurrences o
           JOIN assignments a ON a.clinic_id = o.clinic_id AND a.id = o.assignment_id
           JOIN templates t ON t.clinic_id = a.clinic_id AND t.id = a.template_id
           JOIN clients c ON c.clinic_id = o.clinic_id AND c.id = o.client_id
           LEFT JOIN submissions s ON s.clinic_id = o.clinic_id AND s.occurrence_id = o.id
           LEFT JOIN declines d ON d.clinic_id = o.clinic_id AND d.occurrence_id = o.id
          WHERE o.clinic_id = $1`,
        [clinicId, NO_PROGRAM],
      )
    ).rows;

  /** Fills a clinic with random homework history for its clients (direct SQL, as the owner). */
  const fill = async (r: Rows, clinicId: string, people: Array<{ id: string }>, progs: string[]) => {
    const templates = {
      journal: await r.template({ kind: 'journal' }),
      worksheet: await r.template({ kind: 'worksheet' }),
      reading: await r.template({ kind: 'reading' }),
      measure: await r.template({ measure: 'phq9' }),
    };
    const now = Date.now();
    for (const person of people) {
      for (const kind of Object.keys(templates) as Array<keyof typeof templates>) {
        if (kind !== 'measure' && random.next() < 0.35) continue;
        const assignment = await r.assignment(person.id, templates[kind]);
        const program = progs.length > 0 && random.next() < 0.6 ? random.pick(progs) : null;
        if (program) {
          await owner.query('UPDATE assignments SET program_id = $3 WHERE clinic_id = $1 AND id = $2', [
            clinicId,
            assignment,
            program,
          ]);
        }
        const count = random.int(1, 7);
        for (let i = 0; i < count; i++) {
          const dueAt = new Date(now - random.int(-10 * 24, 110 * 24) * HOUR - random.int(0, 59) * 60_000);
          const occurrence = await r.occurrence(assignment, person.id, dueAt);
          const roll = random.next();
          const past = dueAt.getTime() < now;
          if (roll < 0.5 && (past || random.next() < 0.3)) {
            const lateH = random.next() < 0.5 ? -random.int(0, 40) : random.int(0, 240);
            const submittedAt = new Date(
              Math.min(now - 60_000, dueAt.getTime() + lateH * HOUR + random.int(1, 59) * 60_000),
            );
            const submission = await r.submission(occurrence, { submittedAt, late: submittedAt > dueAt });
            if (kind === 'measure') {
              await r.score(submission, { total: random.int(0, 27), band: 'mild', at: submittedAt });
            }
          } else if (roll < 0.65) {
            await r.decline(assignment, occurrence, { reason: random.pick(REASONS), at: new Date(now) });
          } else if (dueAt.getTime() > now - 2 * DAY) pendingOccurrences.push(occurrence);
        }
      }
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    owner = await ownerClient(t);
    writer = t.app.get(RollupWriter);
    admin = await signupClinic(t, 'Reports Clinic');
    other = await signupClinic(t, 'Other Clinic');
    manager = await addStaff(t, owner, admin, 'Morgan Lee', ['manager']);
    maya = await addStaff(t, owner, admin, 'Maya Chen', ['clinician']);
    sam = await addStaff(t, owner, admin, 'Sam Okafor', ['clinician']);
    rows = homeworkRows(owner, admin.clinicId);
    for (const name of ['Anxiety programme', 'Tiny pilot']) {
      const id = uuidv7();
      await owner.query(`INSERT INTO programs (clinic_id, id, name, source) VALUES ($1, $2, $3, 'clinic')`, [
        admin.clinicId,
        id,
        name,
      ]);
      programs.push(id);
    }
    const clinicians = [maya.membershipId, sam.membershipId];
    for (let i = 0; i < 36; i++) {
      const id = uuidv7();
      const clinician = i < 3 ? sam.membershipId : random.pick(clinicians);
      const name = `Client Person ${i} Zq${i}`;
      await owner.query(
        `INSERT INTO clients (clinic_id, id, name, timezone, primary_clinician_id) VALUES ($1, $2, $3, 'Europe/London', $4)`,
        [admin.clinicId, id, name, clinician],
      );
      clients.push({ id, name, clinician });
    }
    // The big program gets most; the tiny pilot only a couple of clients (a cell to suppress).
    await fill(rows, admin.clinicId, clients.slice(0, 34), [programs[0]]);
    await fill(rows, admin.clinicId, clients.slice(34), [programs[1]]);
    // Another clinic with its own random data: it must never leak into this one's numbers.
    const otherRows = homeworkRows(owner, other.clinicId);
    const [{ id: otherAdmin }] = (
      await owner.query('SELECT id FROM memberships WHERE clinic_id = $1', [other.clinicId])
    ).rows;
    const otherClients = [];
    for (let i = 0; i < 6; i++) {
      const id = uuidv7();
      await owner.query(
        `INSERT INTO clients (clinic_id, id, name, timezone, primary_clinician_id) VALUES ($1, $2, $3, 'Europe/London', $4)`,
        [other.clinicId, id, `Other ${i}`, otherAdmin],
      );
      otherClients.push({ id });
    }
    await fill(otherRows, other.clinicId, otherClients, []);
    await rebuildRollups(t.databaseUrl);
  }, 120_000);
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  const engagement = (token: string, query = '') =>
    call(t, 'GET', `${base()}/reports/engagement${query ? `?${query}` : ''}`, { token });

  describe('rollup-based answers equal a straightforward computation over the raw rows', () => {
    for (const groupBy of ['week', 'clinician', 'program', 'kind'] as const) {
      it(`engagement grouped by ${groupBy} (admin, whole clinic; unsuppressed cells compared)`, async () => {
        const from = minusDays(new Date().toISOString().slice(0, 10), 100);
        const res = await engagement(admin.token, `groupBy=${groupBy}&from=${from}`);
        expect(res.status).toBe(200);
        const { to, asOf, threshold } = res.body;
        expect(threshold).toBe(11);
        const occ = await rawRows(admin.clinicId);
        const asOfDate = new Date(asOf);
        const periodActive = () => [minusDays(to, 6), from].sort()[1];
        const keyOf = (o: RawOccurrence, day: string) =>
          groupBy === 'week'
            ? weekOf(day)
            : groupBy === 'clinician'
              ? o.clinician
              : groupBy === 'program'
                ? o.program
                : o.kind;
        const total = rawEngagement(occ, asOfDate, from, to, periodActive, () => '').get('') as RawCells;
        expectClose(values(res.body.totals), total, 'totals');
        const groups = rawEngagement(
          occ,
          asOfDate,
          from,
          to,
          groupBy === 'week' ? () => from : periodActive,
          keyOf,
        );
        let compared = 0;
        for (const g of res.body.groups) {
          const raw = groups.get(g.key);
          if (g.cells.due.suppressed) {
            expect(g.cells.clients.value).toBeNull();
            continue;
          }
          if (!raw) {
            expect(values(g.cells)).toEqual(expect.objectContaining({ due: 0, clients: 0 }));
            continue;
          }
          expectClose(values(g.cells), raw, `group ${g.key}`);
          compared += 1;
        }
        expect(compared).toBeGreaterThan(0);
        // Every raw group with anything in it shows up.
        for (const [key, raw] of groups) {
          if (raw.due > 0) expect(res.body.groups.map((g: { key: string }) => g.key)).toContain(key);
        }
        const weekly = rawEngagement(
          occ,
          asOfDate,
          from,
          to,
          () => from,
          (_o, day) => weekOf(day),
        );
        for (const w of res.body.weekly) {
          if (w.cells.due.suppressed) continue;
          const raw = weekly.get(w.weekStart);
          if (raw) expectClose(values(w.cells), raw, `week ${w.weekStart}`);
          else expect(w.cells.due.value).toBe(0);
        }
      });
    }

    it.each([
      ['the published thresholds', { caseness: 10, reliableChange: 6 }],
      ['the clinic’s own thresholds', { caseness: 12, reliableChange: 4 }],
    ])(
      'outcomes (PHQ-9) grouped by engagement band, clinician and program, with %s',
      async (_name, chosen) => {
        const from = minusDays(new Date().toISOString().slice(0, 10), 100);
        const set = await call(t, 'PATCH', base(), {
          token: admin.token,
          body: { outcomeThresholds: { phq9: chosen, gad7: { caseness: 8, reliableChange: 4 } } },
        });
        expect(set.body.outcomeThresholds.phq9).toEqual(chosen);
        for (const groupBy of ['engagement', 'clinician', 'program', 'none'] as const) {
          const res = await call(t, 'GET', `${base()}/reports/outcomes?groupBy=${groupBy}&from=${from}`, {
            token: admin.token,
          });
          expect(res.status).toBe(200);
          expect(res.body).toEqual(expect.objectContaining({ measure: 'phq9', ...chosen }));
          const { to } = res.body;
          const scores = (
            await owner.query(
              `SELECT ms.client_id, ms.total, ms.scored_at, ms.id, c.primary_clinician_id::text AS clinician,
                    coalesce(a.program_id::text, $2) AS program,
                    (ms.scored_at AT TIME ZONE a.timezone)::date::text AS day
               FROM measure_scores ms JOIN submissions s ON s.clinic_id = ms.clinic_id AND s.id = ms.submission_id
               JOIN assignments a ON a.clinic_id = s.clinic_id AND a.id = s.assignment_id
               JOIN clients c ON c.clinic_id = ms.clinic_id AND c.id = ms.client_id
              WHERE ms.clinic_id = $1 ORDER BY ms.scored_at, ms.id`,
              [admin.clinicId, NO_PROGRAM],
            )
          ).rows.filter((s) => s.day >= from && s.day <= to);
          const occ = await rawRows(admin.clinicId);
          const perClient = rawEngagement(
            occ,
            new Date(res.body.asOf),
            from,
            to,
            () => from,
            (o) => o.client_id,
          );
          const band = (clientId: string) => {
            const c = perClient.get(clientId);
            if (!c || c.due === 0) return null;
            return 3 * c.submitted < c.due ? 'low' : 3 * c.submitted > 2 * c.due ? 'high' : 'middle';
          };
          const summarise = (list: typeof scores) => {
            const byClient = new Map<string, number[]>();
            for (const s of list) byClient.set(s.client_id, [...(byClient.get(s.client_id) ?? []), s.total]);
            const out = {
              clients: 0,
              scores: 0,
              reliableImprovement: 0,
              reliableDeterioration: 0,
              noReliableChange: 0,
              caseAtStart: 0,
              recovery: 0,
              reliableRecovery: 0,
            };
            let sumFirst = 0;
            let sumLast = 0;
            for (const xs of byClient.values()) {
              if (xs.length < 2) continue;
              const [first, last] = [xs[0], xs[xs.length - 1]];
              out.clients += 1;
              out.scores += xs.length;
              const { caseness, reliableChange } = chosen;
              const imp = first - last >= reliableChange;
              const det = last - first >= reliableChange;
              if (imp) out.reliableImprovement += 1;
              if (det) out.reliableDeterioration += 1;
              if (!imp && !det) out.noReliableChange += 1;
              if (first >= caseness) out.caseAtStart += 1;
              if (first >= caseness && last < caseness) out.recovery += 1;
              if (first >= caseness && last < caseness && imp) out.reliableRecovery += 1;
              sumFirst += first;
              sumLast += last;
            }
            return {
              ...out,
              meanFirst: out.clients ? sumFirst / out.clients : null,
              meanLast: out.clients ? sumLast / out.clients : null,
            };
          };
          const totals = values(res.body.totals);
          expect(totals).toEqual(summarise(scores));
          expect(totals.clients).toBeGreaterThan(0);
          for (const g of res.body.groups) {
            if (g.cells.clients.suppressed) continue;
            const inGroup = scores.filter((s) =>
              groupBy === 'engagement'
                ? band(s.client_id) === g.key
                : groupBy === 'clinician'
                  ? s.clinician === g.key
                  : s.program === g.key,
            );
            expect({ key: g.key, ...values(g.cells) }).toEqual({ key: g.key, ...summarise(inGroup) });
          }
        }
      },
    );

    it('a clinician sees exactly their own caseload, unsuppressed', async () => {
      const from = minusDays(new Date().toISOString().slice(0, 10), 100);
      const res = await engagement(sam.token, `groupBy=kind&from=${from}`);
      expect(res.status).toBe(200);
      expect(res.body.scope).toBe('caseload');
      const occ = (await rawRows(admin.clinicId)).filter((o) => o.clinician === sam.membershipId);
      const { to } = res.body;
      const active = () => [minusDays(to, 6), from].sort()[1];
      const total = rawEngagement(occ, new Date(res.body.asOf), from, to, active, () => '').get(
        '',
      ) as RawCells;
      expect(res.body.totals.due.suppressed).toBe(false);
      expectClose(values(res.body.totals), total, 'caseload totals');
      const groups = rawEngagement(occ, new Date(res.body.asOf), from, to, active, (o) => o.kind);
      for (const g of res.body.groups) expectClose(values(g.cells), groups.get(g.key) as RawCells, g.key);
    });
  });

  describe('privacy', () => {
    it('lets managers list clinicians and programs by name, to filter the reports', async () => {
      const clinicians = await call(t, 'GET', `/api/v1/clinics/${admin.clinicId}/clinicians`, {
        token: manager.token,
      });
      expect(clinicians.status).toBe(200);
      expect(clinicians.body.items.length).toBeGreaterThan(0);
      const programs = await call(t, 'GET', `/api/v1/clinics/${admin.clinicId}/programs`, {
        token: manager.token,
      });
      expect(programs.status).toBe(200);
      expect(programs.body.items.length).toBeGreaterThan(0);
      // Names only: a program's detail and the templates stay the clinicians'.
      const one = await call(
        t,
        'GET',
        `/api/v1/clinics/${admin.clinicId}/programs/${programs.body.items[0].id}`,
        {
          token: manager.token,
        },
      );
      expect(one.status).toBe(404);
    });

    it('suppresses the small program (and a complementary cell) for managers, with no client identity on the wire', async () => {
      const res = await engagement(manager.token, 'groupBy=program');
      expect(res.status).toBe(200);
      expect(res.body.scope).toBe('clinic');
      const tiny = res.body.groups.find((g: { key: string }) => g.key === programs[1]);
      expect(tiny.label).toBe('Tiny pilot');
      expect(tiny.cells.due).toEqual({ value: null, suppressed: true });
      expect(tiny.cells.clients).toEqual({ value: null, suppressed: true });
      // Hiding the pilot alone would let "total − the rest" reveal it: a second row is hidden too.
      const hidden = res.body.groups.filter(
        (g: { cells: { due: { suppressed: boolean } } }) => g.cells.due.suppressed,
      );
      expect(hidden.length).toBeGreaterThanOrEqual(2);
      const text = JSON.stringify(res.body);
      for (const c of clients) {
        expect(text).not.toContain(c.id);
        expect(text).not.toContain(c.name);
      }
      expect(text).not.toContain('Client Person');
    });

    it('the threshold is the clinic setting (5–20)', async () => {
      await owner.query('UPDATE clinics SET small_cell_threshold = 20 WHERE id = $1', [admin.clinicId]);
      const res = await engagement(manager.token, 'groupBy=clinician');
      expect(res.body.threshold).toBe(20);
      await owner.query('UPDATE clinics SET small_cell_threshold = 11 WHERE id = $1', [admin.clinicId]);
    });
  });

  describe('access and validation', () => {
    it('answers 400 naming the field for bad filters', async () => {
      const cases: Array<[string, string]> = [
        ['groupBy=month', 'groupBy'],
        ['from=2026-03-10&to=2026-03-01', 'to'],
        ['clinicianId=not-a-uuid', 'clinicianId'],
        ['from=yesterday', 'from'],
        ['kind=dance', 'kind'],
        ['surprise=1', ''],
        ['from=2020-01-01&to=2026-01-01', 'from'],
      ];
      for (const [query, path] of cases) {
        const res = await engagement(manager.token, query);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expectSafeProblem(res);
        if (path) expect(errorPaths(res)).toContain(path);
      }
      const outcomes = await call(t, 'GET', `${base()}/reports/outcomes?measure=bdi`, {
        token: manager.token,
      });
      expect(outcomes.status).toBe(400);
      expect(errorPaths(outcomes)).toContain('measure');
    });

    it('filters by clinician, program and kind', async () => {
      const all = await engagement(manager.token, 'groupBy=kind');
      const readingOnly = await engagement(manager.token, 'groupBy=kind&kind=reading');
      expect(readingOnly.body.groups.map((g: { key: string }) => g.key)).toEqual(['reading']);
      const mayaOnly = await engagement(admin.token, `groupBy=clinician&clinicianId=${maya.membershipId}`);
      expect(mayaOnly.body.groups.map((g: { key: string }) => g.key)).toEqual([maya.membershipId]);
      expect(mayaOnly.body.groups[0].label).toBe('Maya Chen');
      const program = await engagement(admin.token, `groupBy=program&programId=${programs[0]}`);
      expect(program.body.groups.map((g: { key: string }) => g.key)).toEqual([programs[0]]);
      expect(all.body.totals.due.value).toBeGreaterThan(readingOnly.body.totals.due.value ?? 0);
    });

    it('hides the reports from clients and from other clinics (404)', async () => {
      const portal = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Pat Portal');
      for (const path of ['reports/engagement', 'reports/outcomes']) {
        const asClient = await call(t, 'GET', `${base()}/${path}`, { token: portal.token });
        expect(asClient.status).toBe(404);
        const asOther = await call(t, 'GET', `${base()}/${path}`, { token: other.token });
        expect(asOther.status).toBe(404);
      }
      const exportAsClient = await call(t, 'POST', `${base()}/reports/engagement/exports`, {
        token: portal.token,
        body: {},
      });
      expect(exportAsClient.status).toBe(404);
    });
  });

  describe('exports', () => {
    it('runs as a job: queued → done with progress 100 and a suppressed CSV without client identity', async () => {
      const res = await call(t, 'POST', `${base()}/reports/engagement/exports`, {
        token: manager.token,
        body: { groupBy: 'program' },
      });
      expect(res.status).toBe(202);
      expect(res.body).toEqual(
        expect.objectContaining({ report: 'engagement', status: 'queued', progress: 0, csv: null }),
      );
      const [event] = (
        await owner.query(
          `SELECT id, payload FROM outbox_events WHERE clinic_id = $1 AND topic = 'report.export' AND payload->>'exportId' = $2`,
          [admin.clinicId, res.body.id],
        )
      ).rows;
      expect(event.payload).toEqual({ exportId: res.body.id });
      await t.app
        .get(ReportExportsService)
        .run({ clinicId: admin.clinicId, eventId: event.id, ids: event.payload });
      const done = await call(t, 'GET', `${base()}/exports/${res.body.id}`, { token: manager.token });
      expect(done.status).toBe(200);
      expect(done.body).toEqual(expect.objectContaining({ status: 'done', progress: 100 }));
      expect(done.body.fileName).toMatch(/^engagement-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv: string = done.body.csv;
      expect(csv.split('\r\n')[0]).toMatch(/^section,key,label,clients,due,/);
      expect(csv).toContain('suppressed');
      expect(csv).toContain('Tiny pilot');
      for (const c of clients) {
        expect(csv).not.toContain(c.id);
        expect(csv).not.toContain(c.name);
      }
      // Only the requester or an admin.
      expect((await call(t, 'GET', `${base()}/exports/${res.body.id}`, { token: maya.token })).status).toBe(
        404,
      );
      expect((await call(t, 'GET', `${base()}/exports/${res.body.id}`, { token: admin.token })).status).toBe(
        200,
      );
      expect(
        (
          await call(t, 'GET', `/api/v1/clinics/${other.clinicId}/exports/${res.body.id}`, {
            token: other.token,
          })
        ).status,
      ).toBe(404);
    });

    it('checks the export filters against the report', async () => {
      const bad = await call(t, 'POST', `${base()}/reports/engagement/exports`, {
        token: manager.token,
        body: { measure: 'phq9' },
      });
      expect(bad.status).toBe(400);
      expect(errorPaths(bad)).toContain('measure');
      const badGroup = await call(t, 'POST', `${base()}/reports/outcomes/exports`, {
        token: manager.token,
        body: { groupBy: 'week' },
      });
      expect(errorPaths(badGroup)).toContain('groupBy');
      const badName = await call(t, 'POST', `${base()}/reports/revenue/exports`, {
        token: manager.token,
        body: {},
      });
      expect(badName.status).toBe(400);
      expect(errorPaths(badName)).toContain('name');
    });
  });

  describe('incremental maintenance', () => {
    const snapshot = async () => {
      const [r] = (
        await owner.query(
          `SELECT sum(due)::int AS due, sum(submitted)::int AS submitted, sum(declined)::int AS declined,
                  sum(missed)::int AS missed FROM engagement_rollup WHERE clinic_id = $1`,
          [admin.clinicId],
        )
      ).rows;
      return r;
    };

    it('counts a new submission once, however often its event is delivered', async () => {
      const occurrenceId = pendingOccurrences.find(Boolean) as string;
      const [{ due_at }] = (
        await owner.query('SELECT due_at FROM occurrences WHERE clinic_id = $1 AND id = $2', [
          admin.clinicId,
          occurrenceId,
        ])
      ).rows;
      const before = await snapshot();
      await rows.submission(occurrenceId, { submittedAt: new Date() });
      const event = { clinicId: admin.clinicId, eventId: uuidv7(), ids: { occurrenceId } };
      expect(await writer.applyEvent(event)).toBe(true);
      expect(await writer.applyEvent(event)).toBe(false);
      // Even a second, different event for the same change adds nothing more.
      expect(await writer.applyEvent({ ...event, eventId: uuidv7() })).toBe(true);
      const after = await snapshot();
      const counted = new Date(due_at).getTime() < Date.now() ? 1 : 0;
      expect(after.submitted - before.submitted).toBe(counted);
      expect(after.due).toBe(before.due);
      const [{ n }] = (
        await owner.query(
          'SELECT count(*)::int AS n FROM rollup_applied_events WHERE clinic_id = $1 AND event_id = $2',
          [admin.clinicId, event.eventId],
        )
      ).rows;
      expect(n).toBe(1);
    });

    it('writes rollup events from the homework paths and applies them', async () => {
      const portal = await addPortalClient(t, owner, admin.clinicId, maya.token, 'Quinn Portal');
      const template = await rows.template({ kind: 'journal' });
      const assignment = await rows.assignment(portal.clientId, template);
      const occurrence = await rows.occurrence(assignment, portal.clientId, new Date(Date.now() - HOUR));
      const declined = await call(t, 'POST', `${base()}/occurrences/${occurrence}/decline`, {
        token: portal.token,
        body: { reason: 'too_hard' },
      });
      expect(declined.status).toBe(201);
      const events = (
        await owner.query(
          `SELECT id, topic, payload FROM outbox_events WHERE clinic_id = $1 AND topic LIKE 'rollup.%' ORDER BY created_at`,
          [admin.clinicId],
        )
      ).rows;
      expect(events.map((e) => [e.topic, e.payload])).toContainEqual([
        'rollup.occurrence',
        { occurrenceId: occurrence },
      ]);
      const before = await snapshot();
      for (const e of events)
        await writer.applyEvent({ clinicId: admin.clinicId, eventId: e.id, ids: e.payload });
      const after = await snapshot();
      // The occurrence had fallen due after the last rebuild: the catch-up or the event counts it once.
      await writer.catchUp(admin.clinicId);
      const settled = await snapshot();
      expect(settled.declined - before.declined).toBe(1);
      expect(after.declined).toBeLessThanOrEqual(settled.declined);
    });

    it('advances the watermark for time-based transitions and still equals the raw rows', async () => {
      const clock = t.app.get(Clock);
      clock.advance(8 * DAY);
      const asOf = await writer.catchUp(admin.clinicId);
      // Everything the reports read, as incremental maintenance left it and as a rebuild computes it.
      const rollups = async () => ({
        day: (
          await owner.query(
            `SELECT day::text, clinician_id, program_key, kind, late_hour, due, submitted, on_time, declined,
                    declined_too_hard, missed
               FROM engagement_rollup WHERE clinic_id = $1 AND (due, submitted, declined, missed) <> (0, 0, 0, 0)
              ORDER BY 1, 2, 3, 4, 5`,
            [admin.clinicId],
          )
        ).rows,
        week: (
          await owner.query(
            `SELECT week::text, clinician_id, program_key, kind, late_hour, due, submitted, on_time, declined, missed
               FROM engagement_week_rollup WHERE clinic_id = $1 AND (due, submitted, declined, missed) <> (0, 0, 0, 0)
              ORDER BY 1, 2, 3, 4, 5`,
            [admin.clinicId],
          )
        ).rows,
        presence: (
          await owner.query(
            `SELECT block, clinician_id, program_key, kind, client_id, due_days::text, submit_days::text
               FROM engagement_presence
              WHERE clinic_id = $1 AND (bit_count(due_days) > 0 OR bit_count(submit_days) > 0)
              ORDER BY 1, 2, 3, 4, 5`,
            [admin.clinicId],
          )
        ).rows,
      });
      const incremental = await rollups();
      await writer.rebuild(admin.clinicId);
      const rebuilt = await rollups();
      expect(asOf.getTime()).toBeGreaterThan(Date.now() + 7 * DAY);
      expect(incremental.day.length).toBeGreaterThan(0);
      expect(incremental.presence.length).toBeGreaterThan(0);
      expect(incremental).toEqual(rebuilt);
    });
  });
});
