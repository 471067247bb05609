import { Injectable } from '@nestjs/common';

/** The time, injectable so tests can move it (session timeouts, token expiry, TOTP). */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: moves this process's idea of now forward. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
