import {
  findTwinTown,
  mandatePeriodOf,
  POLICY_2019_2022,
  policyInForce,
} from 'solleftea-international-policy';

const policy = policyInForce('2020-03-01');
console.log(policy?.title);
console.log(findTwinTown(POLICY_2019_2022, 'Pöltsamaa', 'EE')?.name);
console.log(mandatePeriodOf('2020-03-01', 'board').label);
const approval = POLICY_2019_2022.rules.find((rule) => rule.code === 'board_approval');
console.log(approval?.clauseIds.join(', '), '—', approval?.duty.en);
