/**
 * The try-it page's samples, in Swedish and chosen on purpose: each shows one thing the policy asks.
 * Clearly fictional, shaped like what a municipality records. The form opens blank; a sample is
 * picked from the list.
 */
export const SAMPLES: readonly {
  readonly name: { sv: string; en: string };
  readonly activity: unknown;
}[] = [
  {
    name: {
      sv: 'Vänortsresa under tröskeln: godkännande, ingen återrapportering',
      en: 'Twin-town trip under the threshold: approval, no report-back',
    },
    activity: {
      kind: 'trip',
      id: 'KS 2020/57',
      title: 'Studiebesök i vänorten Põltsamaa',
      organiser: 'Kultur och fritid',
      travellers: { count: 2 },
      destinations: [{ place: 'Põltsamaa', country: 'EE' }],
      departureDate: '2020-03-10',
      returnDate: '2020-03-13',
      purpose: 'Förbereda ett skolutbyte',
      goal: 'Komma överens om två skolbesök',
      policyGoals: ['nordic', 'projects'],
      expectedBenefit: 'Elever möter jämnåriga i ett annat land',
      plannedCosts: [
        {
          label: 'Färja Stockholm–Tallinn',
          category: 'travel',
          amount: '5 600,00',
          currency: 'SEK',
        },
        { label: 'Traktamenten', category: 'allowances', amount: '4 200,00', currency: 'SEK' },
      ],
    },
  },
  {
    name: {
      sv: 'Konferens över tröskeln: återrapportering, inget godkännande',
      en: 'Conference over the threshold: report-back, no approval',
    },
    activity: {
      kind: 'trip',
      id: 'KS 2021/112',
      title: 'Regional konferens i Bryssel',
      organiser: 'Näringslivsenheten',
      travellers: { count: 1 },
      destinations: [{ place: 'Bryssel', country: 'BE' }],
      departureDate: '2021-10-04',
      returnDate: '2021-10-07',
      purpose: 'Följa EU:s regionalpolitik',
      goal: 'Två kontakter för ett projekt om bredband',
      policyGoals: ['projects'],
      expectedBenefit: 'Underlag för en ansökan om projektmedel',
      plannedCosts: [
        { label: 'Flyg', category: 'travel', amount: '6 400,00', currency: 'SEK' },
        { label: 'Hotell', category: 'lodging', amount: '520,00', currency: 'EUR' },
      ],
    },
  },
  {
    name: {
      sv: 'Digitalt utbyte med en part i Nykarleby: redovisning till fullmäktige',
      en: 'Digital exchange with a partner in Nykarleby: account to the council',
    },
    activity: {
      kind: 'exchange',
      form: 'digital',
      id: 'KS 2022/31',
      title: 'Digitala lektioner med en skola i Nykarleby',
      organiser: 'Barn och utbildning',
      partners: [{ name: 'Nykarleby', country: 'FI' }],
      startDate: '2022-02-01',
      endDate: '2022-05-31',
      purpose: 'Språkutbyte på svenska',
      goal: 'Tio gemensamma lektioner',
      policyGoals: ['nordic'],
      expectedBenefit: 'Elever övar svenska med jämnåriga',
    },
  },
];

/** The rate the samples' euro are converted with (Riksbanken's, as a sample). */
export const SAMPLE_RATE = {
  currency: 'EUR',
  sekPerUnit: '10.1000',
  source: 'Riksbanken (exempel)',
};
