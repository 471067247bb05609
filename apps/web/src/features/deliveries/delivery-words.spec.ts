import { describeEvery, describeProcessed } from './delivery-words';

describe('the delivery words', () => {
  it('say how often a scheduler runs', () => {
    expect(describeEvery(30)).toBe('Every 30 seconds');
    expect(describeEvery(60)).toBe('Every minute');
    expect(describeEvery(300)).toBe('Every 5 minutes');
    expect(describeEvery(3600)).toBe('Every hour');
    expect(describeEvery(21_600)).toBe('Every 6 hours');
    expect(describeEvery(5400)).toBe('Every 90 minutes');
  });

  it('say what a scheduler’s last run handled', () => {
    expect(describeProcessed('reminders', 1)).toBe('1 reminder created');
    expect(describeProcessed('reminders', 12)).toBe('12 reminders created');
    expect(describeProcessed('digest', 3)).toBe('3 summaries sent');
    expect(describeProcessed('rollups', 0)).toBe('0 clinics brought up to date');
    expect(describeProcessed('digest', null)).toBeNull();
  });
});
