// Realistic article pages with attack payloads planted in their bodies and metadata, for the
// security suite. Each page is a plain news story long enough to be extracted, so the payloads
// travel the whole way: extraction, sanitizing, storage and the three places that render it.
import type { Canary, Payload } from '../../fixtures/xss-payloads';

const PARAGRAPHS = [
  'The council voted on Tuesday night to approve a new budget for the city’s bus network, ending months of argument over fares, routes and the future of the night service.',
  'Under the plan, fares will rise by ten pence from April, while three routes that serve the outer estates will run every fifteen minutes instead of every half hour.',
  '“We have listened to the people who rely on these buses every day,” said Councillor Maria Lopez, who chairs the transport committee. “This is a budget for them.”',
  'Opposition members said the rise would hit the lowest-paid hardest, and proposed instead to cut spending on a planned extension to the tram line in the city centre.',
  'The council’s finance officer told members that the authority faced a gap of four million pounds next year, and that without the rise the night service could not continue.',
  'Passenger groups welcomed the extra buses but warned that the timetable changes must be tested before they are rolled out across the whole network in the spring.',
  '“Nobody wants to pay more, but a bus that never comes is worth nothing at all,” said Tom Baker of the Passengers’ Association, who has campaigned for the outer routes for years.',
  'The budget will now go to a full meeting of the council next month, where it is expected to pass with the support of the two largest groups on the council.',
];

export interface HostilePage {
  route: string;
  html: string;
  payloadIds: string[];
}

/** One story with `payloads` planted between its paragraphs (and `head` extras in its <head>). */
export function hostileArticle(route: string, payloads: { id: string; html: string }[], head = ''): HostilePage {
  const body: string[] = [];
  PARAGRAPHS.forEach((p, i) => {
    body.push(`<p>${p}</p>`);
    // Spread the payloads through the story, a few after each paragraph.
    for (let k = i; k < payloads.length; k += PARAGRAPHS.length) body.push(payloads[k]!.html);
  });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves bus budget after months of argument</title>
<meta name="author" content="Jane Reporter">
${head}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Council approves bus budget after months of argument</h1>
<p class="byline">By Jane Reporter</p>
${body.join('\n')}
</article></main>
<footer><p>© Example News</p></footer>
</body></html>`;
  return { route, html, payloadIds: payloads.map((p) => p.id) };
}

/** Pages holding every payload, `perPage` to a page, each payload armed with its own canary. */
export function hostilePages(
  payloads: readonly Payload[],
  canary: (id: string) => Canary,
  perPage: number,
): HostilePage[] {
  const pages: HostilePage[] = [];
  for (let i = 0; i < payloads.length; i += perPage) {
    const chunk = payloads.slice(i, i + perPage).map((p) => ({ id: p.id, html: p.html(canary(p.id)) }));
    pages.push(hostileArticle(`/hostile/${pages.length + 1}.html`, chunk));
  }
  return pages;
}

/** The canary for one payload, against the fixture server at `origin`. */
export function canaryFor(origin: string, id: string): Canary {
  const url = `${origin}/canary?id=${id}`;
  return { id, url, js: `fetch('${url}&via=js');alert('${id}');console.log('VERBATIM-CANARY-${id}')` };
}
