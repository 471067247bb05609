import { Foundation1764201600000 } from './1764201600000-foundation';

/** Every migration, in order. New ones are appended here (the list is explicit so builds never glob). */
export const migrations = [Foundation1764201600000];
