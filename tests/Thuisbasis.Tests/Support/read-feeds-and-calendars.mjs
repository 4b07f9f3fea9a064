// Reads every feed and calendar of a built site with the parsers services use: @rowanmanning/feed-parser (feed readers
// and Node services) and ical.js (Mozilla's, in Thunderbird). Writes what they read as JSON to the file named second,
// for FeedAndCalendarReaders.cs. Only what the parsers say: the checks are in the test.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parseFeed } from '@rowanmanning/feed-parser';

const [root, report, until] = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else files.push(p);
  }
})(root);
const rel = f => path.relative(root, f).split(path.sep).join('/');
const out = { feeds: {}, calendars: {} };
const iso = d => (d instanceof Date && !isNaN(d) ? d.toISOString() : null);

for (const f of files.filter(f => f.endsWith('.xml') && !f.endsWith('sitemap.xml')).sort()) {
  try {
    const feed = parseFeed(fs.readFileSync(f, 'utf8'));
    out.feeds[rel(f)] = {
      title: feed.title, url: feed.url, self: feed.self,
      items: feed.items.map(i => ({ id: i.id, title: i.title, url: i.url, published: iso(i.published),
        media: (i.media ?? []).map(m => ({ url: m.url, type: m.mimeType })) })),
    };
  } catch (e) { out.feeds[rel(f)] = { error: String(e.message) }; }
}

const limit = ICAL.Time.fromJSDate(new Date(until), true);
for (const f of files.filter(f => f.endsWith('.ics')).sort()) {
  const text = fs.readFileSync(f, 'utf8');
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map(component => {
      const event = new ICAL.Event(component);
      const start = component.getFirstProperty('dtstart');
      const starts = [];
      if (!event.isRecurrenceException()) {
        const it = event.iterator();
        for (let next = it.next(); next && next.compare(limit) < 0 && starts.length < 500; next = it.next())
          starts.push([iso(next.toJSDate()), iso(event.getOccurrenceDetails(next).endDate.toJSDate())]);
      }
      return {
        uid: event.uid, summary: event.summary, location: event.location, status: component.getFirstPropertyValue('status'),
        dtstamp: component.getFirstPropertyValue('dtstamp')?.toString() ?? null, allDay: event.startDate.isDate,
        tzid: start.getParameter('tzid') ?? null, recurrenceId: event.isRecurrenceException() ? iso(event.recurrenceId.toJSDate()) : null,
        starts,
      };
    });
    const lines = text.split('\r\n');
    out.calendars[rel(f)] = {
      events,
      longestLine: Math.max(...lines.map(l => Buffer.byteLength(l, 'utf8'))),
      replacementCharacters: [...text].filter(c => c === '\uFFFD').length,
      bareLineFeeds: (text.match(/(?<!\r)\n/g) ?? []).length,
    };
  } catch (e) { out.calendars[rel(f)] = { error: String(e.message) }; }
}
fs.writeFileSync(report, JSON.stringify(out));
