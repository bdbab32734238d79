import type { Scenario } from '../scenario.ts';
import { codeReviewScenarios } from './code-review.ts';
import { dataEngineeringScenarios } from './data-engineering.ts';
import { educationScenarios } from './education.ts';
import { hrScenarios } from './hr.ts';
import { lawScenarios } from './law.ts';
import { logisticsScenarios } from './logistics.ts';
import { medicineScenarios } from './medicine.ts';
import { securityScenarios } from './security.ts';
import { supportScenarios } from './support.ts';
import { travelScenarios } from './travel.ts';

/** The whole corpus: fault scenarios and healthy look-alikes, every domain. */
export const scenarios: Scenario[] = [
  ...medicineScenarios,
  ...logisticsScenarios,
  ...lawScenarios,
  ...supportScenarios,
  ...securityScenarios,
  ...dataEngineeringScenarios,
  ...codeReviewScenarios,
  ...travelScenarios,
  ...hrScenarios,
  ...educationScenarios,
];
