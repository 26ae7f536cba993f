// Times, dates, zones, durations and timeline stamps.
import * as assert from 'assert';
import { findDates, findDurations, findTimestamps, formatTimelineStamp, parseZone } from '../../src/core/index';

describe('findTimestamps', () => {
  // [line, raw, hour, minute, valid, zone raw, zone offset, date]
  const table: Array<[string, string, number, number, boolean, string?, number?, string?]> = [
    ['- 14:05 - alert', '14:05', 14, 5, true],
    ['- **09:32 AM UTC** - Outage detected', '09:32 AM UTC', 9, 32, true, 'UTC', 0],
    ['12:00 PM (SAST): resolved', '12:00 PM (SAST)', 12, 0, true, 'SAST', 120],
    ['12:15 a.m. EAT', '12:15 a.m. EAT', 0, 15, true, 'EAT', 180],
    ['5:50pm: traffic', '5:50pm', 17, 50, true],
    ['fault at 0330hrs (EAT), when', '0330hrs (EAT)', 3, 30, true, 'EAT', 180],
    ['2100hrs WAT - restart', '2100hrs WAT', 21, 0, true, 'WAT', 60],
    ['- **15:45 GMT+1:** escalated', '15:45 GMT+1', 15, 45, true, 'GMT+1', 60],
    ['10:00 UTC-5 start', '10:00 UTC-5', 10, 0, true, 'UTC-5', -300],
    ['at 10:00 GMT+01:00', '10:00 GMT+01:00', 10, 0, true, 'GMT+01:00', 60],
    ['at 10:00 +0100 sharp', '10:00 +0100', 10, 0, true, '+0100', 60],
    ['2015-10-21T14:51:00Z news', '2015-10-21T14:51:00Z', 14, 51, true, 'Z', 0, '2015-10-21'],
    ['2023-08-26 21:14 PDT', '2023-08-26 21:14 PDT', 21, 14, true, 'PDT', -420, '2023-08-26'],
    ['April 13, 2024, 09:32 AM', 'April 13, 2024, 09:32 AM', 9, 32, true, undefined, undefined, '2024-04-13'],
    ['8.43 AM GMT - cache', '8.43 AM GMT', 8, 43, true, 'GMT', 0],
    ['10:00 AM West African Time', '10:00 AM West African Time', 10, 0, true, 'West African Time', 60],
    ['14:00 Africa/Lagos', '14:00 Africa/Lagos', 14, 0, true, 'Africa/Lagos', 60],
    ['13:00PM issue', '13:00PM', 13, 0, false],
    ['25:61 UTC nothing', '25:61 UTC', 23, 59, false, 'UTC', 0],
  ];
  for (const [line, raw, h, m, valid, zone, offset, date] of table) {
    it(`reads "${line}"`, () => {
      const t = findTimestamps(line, 0)[0];
      assert.ok(t, 'no timestamp');
      assert.deepStrictEqual([t.raw, t.hour, t.minute, t.valid], [raw, h, m, valid]);
      assert.strictEqual(t.zone?.raw, zone);
      if (offset !== undefined) assert.strictEqual(t.zone?.offsetMinutes, offset);
      if (date)
        assert.strictEqual(
          `${t.date?.year}-${String(t.date?.month).padStart(2, '0')}-${String(t.date?.day).padStart(2, '0')}`,
          date,
        );
      if (!valid) assert.ok(t.problem);
    });
  }
  for (const line of [
    'version 1.9.1 released',
    'curl to port 0:80',
    'ratio 16:9 screens',
    'http://host:8080/x',
    'Envoy 1.10.2',
  ]) {
    it(`finds no time in "${line}"`, () => assert.deepStrictEqual(findTimestamps(line, 0), []));
  }
  it('finds both ends of a range with the zone on the second', () => {
    const ts = findTimestamps('**Duration:** June 5, 2024, 14:00 - 17:00 UTC', 3);
    assert.deepStrictEqual(
      ts.map((t) => [t.raw, t.line, t.zone?.raw]),
      [
        ['June 5, 2024, 14:00', 3, undefined],
        ['17:00 UTC', 3, 'UTC'],
      ],
    );
    assert.strictEqual(ts[1]!.date?.day, 5);
  });
});

describe('findDates', () => {
  const table: Array<[string, number | undefined, number, number]> = [
    ['2024-04-13', 2024, 4, 13],
    ['April 13, 2024', 2024, 4, 13],
    ['Wednesday 8th February, 2023', 2023, 2, 8],
    ['01/01/2020', 2020, 1, 1],
    ['29 april 2022', 2022, 4, 29],
    ['August 26', undefined, 8, 26],
    ['Nov 22rd 2019', 2019, 11, 22],
    ['12-Mar 00:15', undefined, 3, 12],
    ['12-Mar-2024 00:15', 2024, 3, 12],
  ];
  for (const [text, y, m, d] of table)
    it(`reads "${text}"`, () =>
      assert.deepStrictEqual(
        findDates(text)[0]?.date,
        y === undefined ? { month: m, day: d } : { year: y, month: m, day: d },
      ));
});

describe('findDurations', () => {
  const table: Array<[string, number]> = [
    ['(2 hours, 30 minutes)', 150],
    ['lasted 55 minutes', 55],
    ['1 hour 30 minutes', 90],
    ['15 hours 40 minutes', 940],
    ['1h30m', 90],
    ['30 mins', 30],
    ['two hours', 120],
    ['half an hour', 30],
    ['~7 hours', 420],
  ];
  for (const [text, minutes] of table)
    it(`reads "${text}"`, () => assert.strictEqual(findDurations(text)[0]?.minutes, minutes));
  it('does not read "and" as a day', () => assert.deepStrictEqual(findDurations('Impact and root cause'), []));
});

describe('zones and stamps', () => {
  it('parses zones written alone', () => {
    assert.strictEqual(parseZone('UTC+2')?.offsetMinutes, 120);
    assert.strictEqual(parseZone('Europe/Paris')?.iana, 'Europe/Paris');
    assert.strictEqual(parseZone('WAT')?.offsetMinutes, 60);
    assert.strictEqual(parseZone('Mars/Olympus'), undefined);
  });
  const at = new Date('2024-04-13T14:32:00Z');
  const table: Array<[Parameters<typeof formatTimelineStamp>[1], string]> = [
    [{ timeZone: 'UTC' }, '14:32 UTC'],
    [{ timeZone: 'UTC', includeDate: true }, '2024-04-13 14:32 UTC'],
    [{ timeZone: 'America/Los_Angeles' }, '07:32 PDT'],
    [{ timeZone: 'Europe/Paris' }, '16:32 UTC+02:00'],
    [{ timeZone: 'Asia/Kolkata', includeDate: true }, '2024-04-13 20:02 UTC+05:30'],
    [{ timeZone: 'UTC', format: 'hh:mm A Z' }, '2:32 PM UTC'],
    [{ timeZone: 'Not/AZone' }, '14:32 UTC'],
  ];
  for (const [opts, want] of table)
    it(`formats ${JSON.stringify(opts)}`, () => assert.strictEqual(formatTimelineStamp(at, opts), want));
  it('formats the local zone with a name or offset', () =>
    assert.match(formatTimelineStamp(at, { timeZone: 'local' }), /^\d\d:\d\d (UTC([+-]\d\d:\d\d)?|[A-Z]{2,5})$/));
});
