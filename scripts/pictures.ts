/**
 * The documentation's pictures, drawn as SVG from the library's own data when the docs are built —
 * no number in them is typed by hand: the council's and the board's terms, the policy's validity and
 * the day the per-period duties fall due (all from `dutyPeriod` and the policy version); the path of
 * an activity through its four duties (from the rules); the life of a duty's status. Written to
 * docs/generated/pictures/ by `npm run docs`, before TypeDoc copies them into the site.
 */
import { dutyPeriod, formatMoney, type PolicyVersion } from '../src/index.js';

/** Text for SVG: the five characters XML reserves, escaped. */
const xml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FONT = 'font-family="system-ui, sans-serif"';

/** Days since 1970 of an ISO day, to place it on a time axis. */
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The timeline of a policy version's period: the two terms, the validity, the due day. */
export function timelineSvg(policy: PolicyVersion): string {
  const period = dutyPeriod(policy.mandatePeriod);
  const bars = [
    {
      label: `Kommunfullmäktige — the council ${period.council.label}`,
      from: period.council.firstDay,
      to: period.council.lastDay,
      colour: '#2f6f9f',
    },
    {
      label: `Kommunstyrelsen — the executive board ${period.board.label}`,
      from: period.board.firstDay,
      to: period.board.lastDay,
      colour: '#4f8f4f',
    },
    {
      label: `Policyn gäller — the policy in force`,
      from: policy.validity.from,
      to: policy.validity.to,
      colour: '#9f6f2f',
    },
  ];
  const start = Math.min(...bars.map((b) => dayNumber(b.from)));
  const end = Math.max(...bars.map((b) => dayNumber(b.to)));
  const left = 20;
  const width = 760;
  const x = (day: string) => left + ((dayNumber(day) - start) / (end - start)) * width;
  const rows = bars.map((bar, i) => {
    const y = 30 + i * 52;
    return [
      `<text x="${left}" y="${y}" ${FONT} font-size="13">${xml(bar.label)}</text>`,
      `<rect x="${x(bar.from).toFixed(1)}" y="${y + 6}" width="${(x(bar.to) - x(bar.from)).toFixed(1)}" height="16" rx="3" fill="${bar.colour}" data-from="${bar.from}" data-to="${bar.to}"><title>${bar.from} – ${bar.to}</title></rect>`,
      `<text x="${x(bar.from).toFixed(1)}" y="${y + 38}" ${FONT} font-size="13" fill="#444">${bar.from}</text>`,
      `<text x="${x(bar.to).toFixed(1)}" y="${y + 38}" ${FONT} font-size="13" fill="#444" text-anchor="end">${bar.to}</text>`,
    ].join('\n  ');
  });
  const due = x(period.dueBy);
  const height = 30 + bars.length * 52 + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 ${height}" width="800" height="${height}" role="img" aria-labelledby="title">
  <title id="title">Mandatperioden ${xml(period.label)}: fullmäktiges och styrelsens mandatperioder, policyns giltighet och dagen då utvärderingarna och beslutet om fortsatta avtal senast ska ske (${period.dueBy})</title>
  ${rows.join('\n  ')}
  <line x1="${due.toFixed(1)}" y1="10" x2="${due.toFixed(1)}" y2="${height - 24}" stroke="#b00020" stroke-width="2" stroke-dasharray="5 3" data-due="${period.dueBy}"/>
  <text x="${due.toFixed(1)}" y="${height - 8}" ${FONT} font-size="13" fill="#b00020" text-anchor="end">Utvärdering och beslut senast — due by ${period.dueBy}</text>
</svg>
`;
}

/** A box's height in the path, and the distance from one row to the next. */
const BOX = 64;
const ROW = 90;

/** The path of an activity through the four duties, with the threshold from the version. */
export function pathSvg(policy: PolicyVersion): string {
  const amount = policy.reportBackThreshold;
  const threshold = {
    sv: amount ? formatMoney(amount, 'sv') : '–',
    en: amount ? formatMoney(amount, 'en') : '–',
  };
  const steps = [
    { question: 'Utomlands? — Abroad?', duty: 'Planering — Planning', code: 'planning' },
    {
      question: 'Resa till en vänort? — A trip to a twin town?',
      duty: 'Godkännande av kommunstyrelsen — Board approval',
      code: 'board_approval',
    },
    {
      question: `Resa som kostar mer än ${threshold.sv}? — More than ${threshold.en}?`,
      duty: 'Återrapport till kommunstyrelsen — Report-back',
      code: 'board_report_back',
    },
    {
      question: 'Internationell aktivitet — Any international activity',
      duty: 'Redovisning till fullmäktige — Account to the council',
      code: 'council_account',
    },
  ];
  // Each label in two lines, Swedish over English, so that it fits its box in any fallback font
  // (the browser test measures each text against its box).
  const [sv, en] = [0, 1];
  const boxes = steps.map((step, i) => {
    const y = 20 + i * ROW;
    // The clauses each duty rests on, from the version's rule.
    const clauses = policy.rules.find((rule) => rule.code === step.code)?.clauseIds ?? [];
    const question = step.question.split(' — ');
    const duty = step.duty.split(' — ');
    return [
      `<rect x="20" y="${y}" width="360" height="${BOX}" rx="6" fill="#eef3f8" stroke="#2f6f9f"/>`,
      `<text x="200" y="${y + 26}" ${FONT} font-size="13" text-anchor="middle">${xml(question[sv] as string)}</text>`,
      `<text x="200" y="${y + 44}" ${FONT} font-size="12" fill="#444" text-anchor="middle">${xml(question[en] as string)}</text>`,
      `<line x1="380" y1="${y + 32}" x2="440" y2="${y + 32}" stroke="#333" marker-end="url(#arrow)"/>`,
      `<text x="410" y="${y + 26}" ${FONT} text-anchor="middle" font-size="11">ja — yes</text>`,
      `<rect x="440" y="${y}" width="340" height="${BOX}" rx="6" fill="#f3f8ef" stroke="#4f8f4f" data-clauses="${clauses.join(' ')}"/>`,
      `<text x="610" y="${y + 20}" ${FONT} font-size="13" text-anchor="middle">${xml(duty[sv] as string)}</text>`,
      `<text x="610" y="${y + 37}" ${FONT} font-size="12" fill="#444" text-anchor="middle">${xml(duty[en] as string)}</text>`,
      `<text x="610" y="${y + 55}" ${FONT} text-anchor="middle" fill="#555" font-size="11">${xml(clauses.map((id) => `§ ${id}`).join(', '))}</text>`,
      ...(i < steps.length - 1
        ? [
            `<line x1="200" y1="${y + BOX}" x2="200" y2="${y + ROW}" stroke="#333" marker-end="url(#arrow)"/>`,
          ]
        : []),
    ].join('\n  ');
  });
  const height = 20 + steps.length * ROW;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 ${height}" width="800" height="${height}" role="img" aria-labelledby="title">
  <title id="title">En aktivitets väg genom de fyra skyldigheterna — the path of an activity through its four duties</title>
  <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>
  ${boxes.join('\n  ')}
</svg>
`;
}

/** The life of a duty's status: from pending to fulfilled, or past its due day to overdue or violated. */
export function lifecycleSvg(): string {
  const nodes = [
    { id: 'pending', label: 'väntar — pending', x: 60, y: 90 },
    { id: 'fulfilled', label: 'uppfyllt — fulfilled', x: 400, y: 30 },
    { id: 'overdue', label: 'försenat — overdue', x: 400, y: 150 },
    { id: 'violated', label: 'inte uppfyllt — not fulfilled', x: 680, y: 90 },
    { id: 'not_applicable', label: 'gäller inte — not applicable', x: 60, y: 230 },
    { id: 'undetermined', label: 'kan inte avgöras — undetermined', x: 400, y: 260 },
  ];
  const at = (id: string) => nodes.find((node) => node.id === id) as (typeof nodes)[number];
  const edges: [string, string, string][] = [
    ['pending', 'fulfilled', 'beslut/rapport i tid — in time'],
    ['pending', 'overdue', 'tidsfristen passerad — deadline passed'],
    ['overdue', 'fulfilled', ''],
    ['pending', 'violated', 'för sent, eller saknas — late or missing'],
  ];
  // Each status in two lines, Swedish over English, so that it fits its box in any fallback font.
  const box = (node: (typeof nodes)[number]) => {
    const [sv, en] = node.label.split(' — ') as [string, string];
    return `<rect x="${node.x - 55}" y="${node.y - 22}" width="190" height="44" rx="18" fill="#f6f6f6" stroke="#555" data-status="${node.id}"/>\n  <text x="${node.x + 40}" y="${node.y - 3}" ${FONT} font-size="13" text-anchor="middle">${xml(sv)}</text>\n  <text x="${node.x + 40}" y="${node.y + 14}" ${FONT} font-size="12" fill="#444" text-anchor="middle">${xml(en)}</text>`;
  };
  const arrow = ([from, to, label]: [string, string, string]) => {
    const a = at(from);
    const b = at(to);
    const x1 = a.x + 135;
    const x2 = b.x - 55;
    return `<line x1="${x1}" y1="${a.y}" x2="${x2}" y2="${b.y}" stroke="#333" marker-end="url(#arrow)"/>${label ? `\n  <text x="${(x1 + x2) / 2}" y="${(a.y + b.y) / 2 - 6}" ${FONT} font-size="11" text-anchor="middle">${xml(label)}</text>` : ''}`;
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 880 300" width="880" height="300" role="img" aria-labelledby="title">
  <title id="title">En skyldighets status över tid — the life of a duty's status</title>
  <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>
  ${nodes.map(box).join('\n  ')}
  ${edges.map(arrow).join('\n  ')}
</svg>
`;
}

/** Every picture, by file name. */
export function pictures(policy: PolicyVersion): Record<string, string> {
  return {
    'timeline.svg': timelineSvg(policy),
    'activity-path.svg': pathSvg(policy),
    'status-life.svg': lifecycleSvg(),
  };
}
