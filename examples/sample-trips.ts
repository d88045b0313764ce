/**
 * Sample activities for the demo: clearly fictional, but shaped like what a municipality records.
 */
export const SAMPLE_RATES: unknown = {
  rates: [
    { currency: 'EUR', sekPerUnit: '10.6598', date: '2020-03-02', source: 'Riksbanken (sample)' },
  ],
};

export const SAMPLE_TRIPS: readonly unknown[] = [
  {
    kind: 'trip',
    id: '2020-03',
    caseNumber: 'KS 2020/57',
    title: 'Study visit to the twin town Põltsamaa',
    organiser: 'Kultur och fritid',
    travellers: { count: 2, roles: ['officer', 'teacher'] },
    destinations: [{ place: 'Pöltsamaa', country: 'EE' }],
    departureDate: '2020-03-10',
    returnDate: '2020-03-13',
    purpose: 'Prepare a school exchange',
    goal: 'Agree on two school visits',
    policyGoals: ['nordic', 'projects'],
    expectedBenefit: 'Pupils meet peers abroad',
    plannedCosts: [
      { label: 'Ferry Stockholm–Tallinn', category: 'travel', amount: '5 600,00', currency: 'SEK' },
      { label: 'Per diem', category: 'allowances', amount: '4 200,00', currency: 'SEK' },
    ],
  },
  {
    kind: 'trip',
    id: '2021-14',
    caseNumber: 'KS 2021/203',
    title: 'EU project meeting on rural broadband',
    organiser: 'Näringslivsenheten',
    travellers: { count: 1 },
    destinations: [{ place: 'Bruxelles', country: 'BE' }],
    departureDate: '2021-10-04',
    returnDate: '2021-10-07',
    purpose: 'Apply for EU funding with partners',
    goal: 'Agree on two school visits',
    policyGoals: ['projects', 'growth'],
    expectedBenefit: 'Funding for broadband in the villages',
    plannedCosts: [
      { label: 'Flights', category: 'travel', amount: '6 300,00', currency: 'SEK' },
      { label: 'Hotel, 3 nights', category: 'lodging', amount: '540.00', currency: 'EUR' },
    ],
  },
  {
    kind: 'trip',
    id: '2021-15',
    title: 'Forestry fair in Umeå',
    organiser: 'Näringslivsenheten',
    travellers: { count: 3 },
    destinations: [{ place: 'Umeå', country: 'SE' }],
    departureDate: '2021-06-02',
    returnDate: '2021-06-03',
    plannedCosts: [{ label: 'Train', category: 'travel', amount: '2 400,00', currency: 'SEK' }],
  },
  {
    kind: 'trip',
    id: '2019-09',
    title: 'Delegation to Esashi',
    organiser: 'Kommunledningskontoret',
    travellers: { count: 4 },
    destinations: [{ twinTown: 'esashi' }],
    departureDate: '2019-10-01',
    returnDate: '2019-10-09',
    plannedCosts: [{ label: 'Flights', category: 'travel', amount: '48 000,00', currency: 'SEK' }],
  },
];
