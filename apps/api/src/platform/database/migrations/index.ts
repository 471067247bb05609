import { Foundation1764201600000 } from './1764201600000-foundation';
import { Identity1764201700000 } from './1764201700000-identity';
import { Clients1764201800000 } from './1764201800000-clients';
import { Homework1764201900000 } from './1764201900000-homework';
import { Reports1764202000000 } from './1764202000000-reports';
import { Notifications1764202100000 } from './1764202100000-notifications';
import { OutcomeThresholds1764202200000 } from './1764202200000-outcome-thresholds';
import { ReportGrain1764202300000 } from './1764202300000-report-grain';
import { MailPending1764202400000 } from './1764202400000-mail-pending';

/** Every migration, in order. New ones are appended here (the list is explicit so builds never glob). */
export const migrations = [
  Foundation1764201600000,
  Identity1764201700000,
  Clients1764201800000,
  Homework1764201900000,
  Reports1764202000000,
  Notifications1764202100000,
  OutcomeThresholds1764202200000,
  ReportGrain1764202300000,
  MailPending1764202400000,
];
