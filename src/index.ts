/**
 * Sollefteå kommun's *Policy för internationella kontakter 2019-2022* as code.
 *
 * @packageDocumentation
 */

export { councilAccount } from './account/council-account.js';
export { accountToCsv, accountToMarkdown } from './account/render.js';
export { councilAccountStream } from './account/stream.js';
export type {
  AccountContent,
  AccountRow,
  AccountTotal,
  CouncilAccount,
  CouncilAccountOptions,
  CouncilAccountStreamOptions,
} from './account/types.js';
export { type ParseOptions, parseActivity } from './activities/parse-activity.js';
export { toActivityInput } from './activities/to-activity-input.js';
export type {
  Activity,
  ActivityInput,
  Destination,
  Exchange,
  ExchangeForm,
  ExchangeInput,
  Partner,
  Travellers,
  Trip,
  TripInput,
} from './activities/types.js';
export { explainDuty, explainNote } from './agreements/explain-duty.js';
export { reviewAgreements } from './agreements/review.js';
export type {
  AgreementActivity,
  AgreementDuty,
  AgreementDutyBase,
  AgreementDutyCode,
  AgreementDutyKind,
  AgreementDutyReason,
  AgreementNote,
  AgreementNoteKind,
  AgreementReview,
  AgreementReviewOptions,
  AgreementStanding,
} from './agreements/types.js';
export { audit } from './audit/audit.js';
export { type AuditCsvWriter, auditCsvWriter, auditToCsv } from './audit/csv.js';
export {
  activityDueDates,
  type DueDate,
  type DueDates,
  type DueSubject,
  dueDates,
} from './audit/due-dates.js';
export { type AuditStreamOptions, auditStream } from './audit/stream.js';
export type {
  AuditedActivity,
  AuditedStatus,
  AuditOptions,
  AuditReport,
  StatusCount,
} from './audit/types.js';
export type { IsoDate } from './calendar/iso-date.js';
export { isIsoDate, toIsoDate } from './calendar/iso-date.js';
export type { DutyPeriod, GoverningBody, MandatePeriod } from './calendar/mandate-period.js';
export { accountPeriod, dutyPeriod, mandatePeriodOf } from './calendar/mandate-period.js';
export { assessCompliance } from './compliance/assess.js';
export { type Explainable, explain } from './compliance/explain.js';
export type {
  ActivityRecords,
  Compliance,
  ComplianceBase,
  ComplianceDeadlines,
  ComplianceOptions,
  ComplianceReason,
  ComplianceStatus,
  ObligationCompliance,
  Verdict,
} from './compliance/types.js';
export type {
  AnyPolicyError,
  Bilingual,
  Language,
  LocalizedText,
  PolicyDefinitionIssue,
  PolicyErrorCode,
  PolicyErrorDetails,
} from './errors.js';
export { PolicyError } from './errors.js';
export { ISSUE_CODES, type IssueCode } from './input/issue-codes.js';
export type {
  InputIssue,
  IssueValuesByCode,
  ParseResult,
  PathSegment,
} from './input/issues.js';
export { type SekConversion, type SekConversionResult, toSek } from './money/convert.js';
export type { CostCategory, CostItem, CostItemInput } from './money/cost-item.js';
export { formatMoney } from './money/format.js';
export { parseRates, ratesSchema } from './money/parse-rates.js';
export type { RateDay } from './money/rate-age.js';
export type { ExchangeRate, ExchangeRates } from './money/rates.js';
export { isMoreThan, type SekTotalResult, totalInSek } from './money/total.js';
export { describeFact } from './obligations/describe.js';
export { questionsFor } from './obligations/draft.js';
export { evaluate } from './obligations/evaluate.js';
export type {
  ActivityRuleCode,
  CostBasis,
  DraftAnswer,
  DraftQuestion,
  Evaluation,
  EvaluationContext,
  Fact,
  Obligation,
  ObligationStatus,
} from './obligations/types.js';
export { definePolicy, parsePolicy, toPolicyDefinition } from './policy/define-policy.js';
export { diffPolicies, type PolicyChange, type PolicyDiff } from './policy/diff.js';
export { findClause } from './policy/find-clause.js';
export { findTwinTown } from './policy/find-twin-town.js';
export {
  BUILT_IN_POLICIES,
  BUILT_IN_REGISTRY,
  type PolicySource,
  policyInForce,
} from './policy/policy-in-force.js';
export { type PolicyRegistry, policyRegistry } from './policy/registry.js';
export { POLICY_2019_2022 } from './policy/solleftea-2019-2022.js';
export type {
  ActivityKindName,
  ActivityRuleKind,
  AppliedPolicy,
  BuiltInRuleCode,
  Clause,
  ClauseKind,
  Condition,
  ConditionAmount,
  ConditionDefinition,
  ConditionFact,
  ConditionTrace,
  CountryGroup,
  FactAnswer,
  Goal,
  InterpretationNote,
  Party,
  PolicyDefinition,
  PolicyVersion,
  RequiredContent,
  Rule,
  RuleCode,
  RuleDefinition,
  RuleKind,
  SectionId,
  Timing,
  Truth,
  TwinTown,
  TwinTownNamesake,
} from './policy/types.js';
export { parseRecords } from './records/parse-records.js';
export type {
  ActivityReport,
  AgreementEvaluation,
  BoardApproval,
  ContinuationDecision,
  DecidingBody,
  Records,
  TwinTownAgreement,
} from './records/types.js';
export { type InvalidRecord, REGISTER_LISTS, type RegisterList } from './register/lenient.js';
export { parseRegister } from './register/parse-register.js';
export type { RegisterParts } from './register/stream.js';
export { toRegisterInput } from './register/to-register-input.js';
export type { Register, RegisterFormat, RegisterInput } from './register/types.js';
export { compareDraft, compareDraftStream } from './scenarios/compare.js';
export { type ComparisonCsvWriter, comparisonCsvWriter } from './scenarios/csv.js';
export { explainScenarioFailure } from './scenarios/explain.js';
export { runScenarios } from './scenarios/run.js';
export type {
  ActivityChange,
  CompareOptions,
  CompareStreamOptions,
  DraftComparison,
  DutyChange,
  DutyExpectation,
  DutyState,
  DutyTotal,
  JudgedVerdict,
  ScenarioFailure,
  ScenarioOptions,
  ScenarioOutcome,
  ScenarioReport,
  VerdictChange,
  VerdictCounts,
} from './scenarios/types.js';
export { activitySchema, recordsSchema, registerSchema } from './schemas.js';
