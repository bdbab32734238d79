import { describe, expect, it } from 'vitest';
import { boundAt, findDates, findDayMonths, mentionsDay } from './normalize-values.ts';

const values = (text: string) => findDates(text).map((d) => d.value);

describe('findDates: numeric dates whose day and month could be either way round', () => {
  it('are left out when nothing in the text says which comes first', () => {
    expect(values('Closed 07/03/2027 and 11/04/2027.')).toEqual([]);
    // A month and year alone, in another language; a full day keeps its day.
    expect(values('masa studi sampai dengan Februari 2028; surat 11 Januari 2027.')).toEqual([
      '2028-02',
      '2027-01-11',
    ]);
    // Named with the weekday it falls on: 8 April 2027 is a Thursday, 4 August a Wednesday.
    expect(values('Recebimento quinta-feira, 08/04/2027, 8h–11h.')).toEqual(['2027-04-08']);
    expect(values('Delivery Wed 08/04/2027.')).toEqual(['2027-08-04']);
    expect(values('Delivery Fri 08/04/2027.')).toEqual([]);
  });
  it('read a numeric date whose day and month are alike, in any order', () => {
    expect(findDates('Booked the dock for 05/05/2027, 08:00.').map((d) => d.value)).toEqual(['2027-05-05']);
    // Day and month differ, and nothing in the text tells their order: left out.
    expect(findDates('Booked the dock for 05/06/2027, 08:00.')).toEqual([]);
  });
  it('are read in the order the text declares, or shows by its unambiguous dates', () => {
    expect(values('Closed 07/03/2027 and 11/04/2027. Dates are dd/mm.')).toEqual([
      '2027-03-07',
      '2027-04-11',
    ]);
    expect(values('Half term 14/02–21/02/2027; closed 07/03/2027.')).toEqual(['2027-02-21', '2027-03-07']);
    expect(values('Due 12/25/2026; review 03/04/2027.')).toEqual(['2026-12-25', '2027-03-04']);
  });
  it('stay left out when the text shows both orders', () => {
    expect(values('Due 12/25/2026, paid 21/02/2027; review 03/04/2027.')).toEqual([
      '2026-12-25',
      '2027-02-21',
    ]);
  });
});

describe('findDates: Chinese, Japanese and Korean dates', () => {
  it('reads year, month and day marks as the ISO day', () => {
    expect(findDates('入住 2026年12月5日，出院 2027년 1월 18일').map((d) => d.value)).toEqual([
      '2026-12-05',
      '2027-01-18',
    ]);
    expect(findDates('2026年12月の予定').map((d) => d.value)).toEqual(['2026-12']);
    expect(findDates('第2026年度 13月').map((d) => d.value)).toEqual([]);
  });
});

describe('findDates: a date inside an identifier', () => {
  it('reads no day in a batch or file code, and the day beside it', () => {
    expect(
      findDates('Rejected on DD-2027-02-01; collection 2027-02-01; file 2027-02-01-A').map((d) => d.text),
    ).toEqual(['2027-02-01']);
  });
});

describe('mentionsDay: a day and month in figures without a year', () => {
  it('keeps the day where the figures fix the order, not where they could be read either way', () => {
    expect(mentionsDay('Pricing 31/01: 412 positions validated.', '2027-01-31')).toBe(true);
    expect(mentionsDay('Delivered Fri 02/07, ahead of the 07/04 deadline.', '2027-04-07')).toBe(false);
    expect(mentionsDay('Delivered Fri 02/07, ahead of the 07/04 deadline.', '2027-07-04')).toBe(false);
  });
  it('reads a full date either way round unless the text shows its order', () => {
    expect(mentionsDay('Leave from 04/08/2025.', '2025-08-04')).toBe(true);
    expect(mentionsDay('Leave from 04/08/2025.', '2025-04-08')).toBe(true);
    // "19/05/2025" puts the day first: "08/04/2025" is 8 April, not 4 August.
    expect(mentionsDay('Full pay 08/04/2025 – 19/05/2025.', '2025-08-04')).toBe(false);
    expect(mentionsDay('Full pay 08/04/2025 – 19/05/2025.', '2025-04-08')).toBe(true);
  });
});

describe('findDates: month names in other languages', () => {
  it('reads the day, the month in any of its forms and the year, the year first in Hungarian', () => {
    expect(values('Termin: 12 marca 2027 r., rozprawa 3. března 2027.')).toEqual([
      '2027-03-12',
      '2027-03-03',
    ]);
    expect(values('до 12 березня 2027 р.; am 1. März 2027; le 2 avril 2027')).toEqual([
      '2027-03-12',
      '2027-03-01',
      '2027-04-02',
    ]);
    expect(values('el 5 de mayo de 2027, termenul 14 martie 2027')).toEqual(['2027-05-05', '2027-03-14']);
    expect(values('Benyújtás: 2027. március 12., pótlék 2027. január 21-től')).toEqual([
      '2027-03-12',
      '2027-01-21',
    ]);
  });
  it('reads no date from a month word without a day and a year, or an impossible day', () => {
    expect(values('mai mult de 12 cereri în 2027')).toEqual([]);
    expect(values('31 lutego 2027')).toEqual([]);
    expect(values('2026. IV. negyedév')).toEqual([]);
  });
});

describe('findDates: an English month name written the German or Nordic way', () => {
  it('reads the day before its full stop', () => {
    expect(findDates('Die Abholung ist jetzt am 20. September 2027.').map((d) => d.value)).toEqual([
      '2027-09-20',
    ]);
    expect(findDates('Levering 3. november 2027 kl. 08').map((d) => d.value)).toEqual(['2027-11-03']);
    // A figure and a month ("Rev. 12. Version 2027") is no day.
    expect(findDates('Rev. 12. Version 2027').map((d) => d.value)).toEqual([]);
  });
});

describe('mentionsDay: a day and month without a year, ordered by another day of the text', () => {
  it('reads "12/03" day first where "13/03" stands beside it', () => {
    expect(
      mentionsDay('Fixture card says Sat 13/03 KO 15:00; now FRIDAY 12/03 KO 19:45.', '2027-03-12'),
    ).toBe(true);
    expect(mentionsDay('Card 03/13; now 03/12.', '2027-03-12')).toBe(true);
  });
  it('leaves it unread where nothing fixes the order', () => {
    expect(mentionsDay('Now FRIDAY 12/03 KO 19:45.', '2027-03-12')).toBe(false);
  });
});

describe('boundAt: the side a day bounds', () => {
  const side = (text: string, day: string) => boundAt(text, text.indexOf(day), day.length);
  it('reads "may not start before" as the earliest day, "before" alone as the latest', () => {
    expect(side('Exterior work may not start before Mon 10/04/2027.', '10/04/2027')).toBe('min');
    expect(side('Work can’t begin before 4 October.', '4 October')).toBe('min');
    expect(side('Finish the tear-off before Mon 10/04/2027.', '10/04/2027')).toBe('max');
    expect(side('Do not book anything before 4 October.', '4 October')).toBe('min');
  });
});

describe('days and months without a year', () => {
  it('are read in the languages teams write in, and not where a year follows', () => {
    const read = (text: string) => findDayMonths(text).map((d) => `${d.month}/${d.day}`);
    expect(read('la fecha del oficio (14 de enero) ya no corresponde')).toEqual(['1/14']);
    expect(read('am 14. März, dann 3 di marzo')).toEqual(['3/14', '3/3']);
    expect(read('21 de enero de 2027, 12 mai 2027, 5th of March')).toEqual(['3/5']);
    // Figures before words that are no month: nothing.
    expect(read('14 de envío, 3 martillos')).toEqual([]);
  });
});

describe('a day and month without a year and a weekday before them', () => {
  it('names the day only the weekday falls on', () => {
    expect(mentionsDay('Your court date is Thu 3/4 at 8:30am.', '2027-03-04')).toBe(true);
    expect(mentionsDay('Your court date is Thu 3/4 at 8:30am.', '2027-04-03')).toBe(false);
    expect(mentionsDay('Your court date is 3/4 at 8:30am.', '2027-03-04')).toBe(false);
  });
});

describe('findDates: a span of days before a month named in another language', () => {
  it('reads the first day of the span too', () => {
    expect(values('Periode kirim: 15–21 Januari 2027')).toEqual(
      expect.arrayContaining(['2027-01-15', '2027-01-21']),
    );
    expect(values('Lieferung 15.–21. Januar 2027')).toEqual(
      expect.arrayContaining(['2027-01-15', '2027-01-21']),
    );
  });
  it('reads no span from a figure or a later day before it', () => {
    expect(values('Lot 3.15–21 Januari 2027')).not.toContain('2027-01-15');
    expect(values('Nota 25–21 Januari 2027')).not.toContain('2027-01-25');
  });
});

describe('findDates: a month written as a value of its own', () => {
  it('reads "2027-04" alone as April 2027, never inside an identifier, a day or a range', () => {
    expect(values('metal: cobre\nmes: 2027-04')).toEqual(['2027-04']);
    expect(values('INV-2027-04 and the 2026-2027 season')).toEqual([]);
    expect(values('on 2027-04-12')).toEqual(['2027-04-12']);
  });
});
