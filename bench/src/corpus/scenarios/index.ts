import type { Scenario } from '../scenario.ts';
import { agricultureScenarios } from './agriculture.ts';
import { blindBatch2Scenarios } from './blind-batch-2.ts';
import { blindBatch3Scenarios } from './blind-batch-3.ts';
import { blindBatch5Scenarios } from './blind-batch-5.ts';
import { blindBatch6Scenarios } from './blind-batch-6.ts';
import { blindBatch7Scenarios } from './blind-batch-7.ts';
import { blindBatch8Scenarios } from './blind-batch-8.ts';
import { blindBatch9Scenarios } from './blind-batch-9.ts';
import { blindBatch10Scenarios } from './blind-batch-10.ts';
import { blindBatch11Scenarios } from './blind-batch-11.ts';
import { blindBatch12Scenarios } from './blind-batch-12.ts';
import { blindBatch13Scenarios } from './blind-batch-13.ts';
import { blindBatch14Scenarios } from './blind-batch-14.ts';
import { blindBatch15Scenarios } from './blind-batch-15.ts';
import { blindBatch16Scenarios } from './blind-batch-16.ts';
import { blindBatch17Scenarios } from './blind-batch-17.ts';
import { blindBatch18Scenarios } from './blind-batch-18.ts';
import { blindBatch19Scenarios } from './blind-batch-19.ts';
import { blindBatch20Scenarios } from './blind-batch-20.ts';
import { blindBatch21Scenarios } from './blind-batch-21.ts';
import { blindBatch22Scenarios } from './blind-batch-22.ts';
import { blindBatch23Scenarios } from './blind-batch-23.ts';
import { blindBatch24Scenarios } from './blind-batch-24.ts';
import { blindBatch25Scenarios } from './blind-batch-25.ts';
import { blindBatch26Scenarios } from './blind-batch-26.ts';
import { blindBatch27Scenarios } from './blind-batch-27.ts';
import { blindBatch28Scenarios } from './blind-batch-28.ts';
import { blindBatch29Scenarios } from './blind-batch-29.ts';
import { blindBatch30Scenarios } from './blind-batch-30.ts';
import { blindBatch31Scenarios } from './blind-batch-31.ts';
import { blindBatch32Scenarios } from './blind-batch-32.ts';
import { blindBatch33Scenarios } from './blind-batch-33.ts';
import { blindBatch34Scenarios } from './blind-batch-34.ts';
import { blindBatch35Scenarios } from './blind-batch-35.ts';
import { blindBatch36Scenarios } from './blind-batch-36.ts';
import { blindBatch37Scenarios } from './blind-batch-37.ts';
import { blindBatch38Scenarios } from './blind-batch-38.ts';
import { blindBatch39Scenarios } from './blind-batch-39.ts';
import { blindBatch40Scenarios } from './blind-batch-40.ts';
import { blindBatch41Scenarios } from './blind-batch-41.ts';
import { blindBatch42Scenarios } from './blind-batch-42.ts';
import { blindBatch43Scenarios } from './blind-batch-43.ts';
import { blindBatch44Scenarios } from './blind-batch-44.ts';
import { blindBatch45Scenarios } from './blind-batch-45.ts';
import { blindBatch46Scenarios } from './blind-batch-46.ts';
import { blindBatch47Scenarios } from './blind-batch-47.ts';
import { blindBatch48Scenarios } from './blind-batch-48.ts';
import { blindBatch49Scenarios } from './blind-batch-49.ts';
import { blindBatch50Scenarios } from './blind-batch-50.ts';
import { blindBatch51Scenarios } from './blind-batch-51.ts';
import { blindBatch52Scenarios } from './blind-batch-52.ts';
import { blindBatch53Scenarios } from './blind-batch-53.ts';
import { blindBatch54Scenarios } from './blind-batch-54.ts';
import { blindBatch55Scenarios } from './blind-batch-55.ts';
import { blindBatch56Scenarios } from './blind-batch-56.ts';
import { blindBatch57Scenarios } from './blind-batch-57.ts';
import { blindBatch58Scenarios } from './blind-batch-58.ts';
import { blindBatch59Scenarios } from './blind-batch-59.ts';
import { blindBatch60Scenarios } from './blind-batch-60.ts';
import { blindBatch61Scenarios } from './blind-batch-61.ts';
import { blindBatch62Scenarios } from './blind-batch-62.ts';
import { blindBatch63Scenarios } from './blind-batch-63.ts';
import { blindBatch64Scenarios } from './blind-batch-64.ts';
import { blindBatch65Scenarios } from './blind-batch-65.ts';
import { blindBatch66Scenarios } from './blind-batch-66.ts';
import { blindBatch67Scenarios } from './blind-batch-67.ts';
import { blindBatch68Scenarios } from './blind-batch-68.ts';
import { blindBatch69Scenarios } from './blind-batch-69.ts';
import { blindBatch70Scenarios } from './blind-batch-70.ts';
import { blindBatch71Scenarios } from './blind-batch-71.ts';
import { blindBatch72Scenarios } from './blind-batch-72.ts';
import { blindBatch73Scenarios } from './blind-batch-73.ts';
import { blindBatch74Scenarios } from './blind-batch-74.ts';
import { blindBatch75Scenarios } from './blind-batch-75.ts';
import { blindBatch76Scenarios } from './blind-batch-76.ts';
import { blindBatch77Scenarios } from './blind-batch-77.ts';
import { blindBatch78Scenarios } from './blind-batch-78.ts';
import { blindBatch79Scenarios } from './blind-batch-79.ts';
import { blindBatch80Scenarios } from './blind-batch-80.ts';
import { blindBatch81Scenarios } from './blind-batch-81.ts';
import { blindBatch82Scenarios } from './blind-batch-82.ts';
import { blindBatch83Scenarios } from './blind-batch-83.ts';
import { blindBatch84Scenarios } from './blind-batch-84.ts';
import { blindBatch85Scenarios } from './blind-batch-85.ts';
import { blindBatch86Scenarios } from './blind-batch-86.ts';
import { blindBatch87Scenarios } from './blind-batch-87.ts';
import { blindBatch88Scenarios } from './blind-batch-88.ts';
import { blindBatch89Scenarios } from './blind-batch-89.ts';
import { blindBatch90Scenarios } from './blind-batch-90.ts';
import { blindBatch91Scenarios } from './blind-batch-91.ts';
import { blindBatch92Scenarios } from './blind-batch-92.ts';
import { blindBatch93Scenarios } from './blind-batch-93.ts';
import { blindBatch94Scenarios } from './blind-batch-94.ts';
import { blindBatch95Scenarios } from './blind-batch-95.ts';
import { blindBatch96Scenarios } from './blind-batch-96.ts';
import { blindBatch97Scenarios } from './blind-batch-97.ts';
import { blindBatch98Scenarios } from './blind-batch-98.ts';
import { blindBatch99Scenarios } from './blind-batch-99.ts';
import { blindBatch100Scenarios } from './blind-batch-100.ts';
import { blindBatch101Scenarios } from './blind-batch-101.ts';
import { blindBatch102Scenarios } from './blind-batch-102.ts';
import { blindBatch103Scenarios } from './blind-batch-103.ts';
import { blindBatch104Scenarios } from './blind-batch-104.ts';
import { blindBatch105Scenarios } from './blind-batch-105.ts';
import { blindBatch106Scenarios } from './blind-batch-106.ts';
import { blindBatch107Scenarios } from './blind-batch-107.ts';
import { blindBatch108Scenarios } from './blind-batch-108.ts';
import { blindBatch109Scenarios } from './blind-batch-109.ts';
import { blindBatch110Scenarios } from './blind-batch-110.ts';
import { blindBatch111Scenarios } from './blind-batch-111.ts';
import { blindBatch112Scenarios } from './blind-batch-112.ts';
import { blindBatch113Scenarios } from './blind-batch-113.ts';
import { blindBatch114Scenarios } from './blind-batch-114.ts';
import { blindBatch115Scenarios } from './blind-batch-115.ts';
import { blindBatch116Scenarios } from './blind-batch-116.ts';
import { blindBatch117Scenarios } from './blind-batch-117.ts';
import { blindBatch118Scenarios } from './blind-batch-118.ts';
import { blindBatch119Scenarios } from './blind-batch-119.ts';
import { blindBatch120Scenarios } from './blind-batch-120.ts';
import { blindBatch121Scenarios } from './blind-batch-121.ts';
import { blindBatch122Scenarios } from './blind-batch-122.ts';
import { blindBatch123Scenarios } from './blind-batch-123.ts';
import { blindBatch124Scenarios } from './blind-batch-124.ts';
import { blindBatch125Scenarios } from './blind-batch-125.ts';
import { blindBatch126Scenarios } from './blind-batch-126.ts';
import { blindBatch127Scenarios } from './blind-batch-127.ts';
import { blindBatch128Scenarios } from './blind-batch-128.ts';
import { blindBatch129Scenarios } from './blind-batch-129.ts';
import { blindBatch130Scenarios } from './blind-batch-130.ts';
import { blindBatch131Scenarios } from './blind-batch-131.ts';
import { blindBatch132Scenarios } from './blind-batch-132.ts';
import { blindBatch133Scenarios } from './blind-batch-133.ts';
import { blindBatch134Scenarios } from './blind-batch-134.ts';
import { blindBatch135Scenarios } from './blind-batch-135.ts';
import { blindBatch136Scenarios } from './blind-batch-136.ts';
import { blindBatch137Scenarios } from './blind-batch-137.ts';
import { blindBatch138Scenarios } from './blind-batch-138.ts';
import { blindBatch139Scenarios } from './blind-batch-139.ts';
import { blindBatch140Scenarios } from './blind-batch-140.ts';
import { blindBatch141Scenarios } from './blind-batch-141.ts';
import { blindBatch142Scenarios } from './blind-batch-142.ts';
import { blindBatch143Scenarios } from './blind-batch-143.ts';
import { blindBatch144Scenarios } from './blind-batch-144.ts';
import { blindBatch145Scenarios } from './blind-batch-145.ts';
import { blindBatch146Scenarios } from './blind-batch-146.ts';
import { blindBatch147Scenarios } from './blind-batch-147.ts';
import { blindBatch148Scenarios } from './blind-batch-148.ts';
import { blindBatch149Scenarios } from './blind-batch-149.ts';
import { blindBatch150Scenarios } from './blind-batch-150.ts';
import { blindBatch151Scenarios } from './blind-batch-151.ts';
import { blindBatch152Scenarios } from './blind-batch-152.ts';
import { blindBatch153Scenarios } from './blind-batch-153.ts';
import { blindBatch154Scenarios } from './blind-batch-154.ts';
import { blindBatch155Scenarios } from './blind-batch-155.ts';
import { blindBatch156Scenarios } from './blind-batch-156.ts';
import { blindBatch157Scenarios } from './blind-batch-157.ts';
import { blindBatch158Scenarios } from './blind-batch-158.ts';
import { blindBatch159Scenarios } from './blind-batch-159.ts';
import { blindBatch160Scenarios } from './blind-batch-160.ts';
import { blindBatch161Scenarios } from './blind-batch-161.ts';
import { blindBatch162Scenarios } from './blind-batch-162.ts';
import { blindBatch163Scenarios } from './blind-batch-163.ts';
import { blindBatch164Scenarios } from './blind-batch-164.ts';
import { blindBatch165Scenarios } from './blind-batch-165.ts';
import { blindBatch166Scenarios } from './blind-batch-166.ts';
import { blindBatch167Scenarios } from './blind-batch-167.ts';
import { blindBatch168Scenarios } from './blind-batch-168.ts';
import { blindBatch169Scenarios } from './blind-batch-169.ts';
import { blindBatch170Scenarios } from './blind-batch-170.ts';
import { blindBatch171Scenarios } from './blind-batch-171.ts';
import { blindBatch172Scenarios } from './blind-batch-172.ts';
import { blindBatch173Scenarios } from './blind-batch-173.ts';
import { blindBatch174Scenarios } from './blind-batch-174.ts';
import { blindBatch175Scenarios } from './blind-batch-175.ts';
import { blindBatch176Scenarios } from './blind-batch-176.ts';
import { blindBatch177Scenarios } from './blind-batch-177.ts';
import { blindBatch178Scenarios } from './blind-batch-178.ts';
import { blindBatch179Scenarios } from './blind-batch-179.ts';
import { blindBatch180Scenarios } from './blind-batch-180.ts';
import { blindBatch181Scenarios } from './blind-batch-181.ts';
import { blindBatch182Scenarios } from './blind-batch-182.ts';
import { blindBatch183Scenarios } from './blind-batch-183.ts';
import { blindBatch184Scenarios } from './blind-batch-184.ts';
import { blindBatch185Scenarios } from './blind-batch-185.ts';
import { blindBatch186Scenarios } from './blind-batch-186.ts';
import { blindBatch187Scenarios } from './blind-batch-187.ts';
import { blindBatch188Scenarios } from './blind-batch-188.ts';
import { blindBatch189Scenarios } from './blind-batch-189.ts';
import { blindBatch190Scenarios } from './blind-batch-190.ts';
import { blindBatch191Scenarios } from './blind-batch-191.ts';
import { blindBatch192Scenarios } from './blind-batch-192.ts';
import { blindBatch193Scenarios } from './blind-batch-193.ts';
import { blindBatch194Scenarios } from './blind-batch-194.ts';
import { blindBatch195Scenarios } from './blind-batch-195.ts';
import { codeReviewScenarios } from './code-review.ts';
import { correctionsKeptScenarios } from './corrections-kept.ts';
import { dataEngineeringScenarios } from './data-engineering.ts';
import { educationScenarios } from './education.ts';
import { energyScenarios } from './energy.ts';
import { hrScenarios } from './hr.ts';
import { insuranceScenarios } from './insurance.ts';
import { itHelpdeskScenarios } from './it-helpdesk.ts';
import { lawScenarios } from './law.ts';
import { logisticsScenarios } from './logistics.ts';
import { manufacturingScenarios } from './manufacturing.ts';
import { marketingScenarios } from './marketing.ts';
import { mediaScenarios } from './media.ts';
import { medicineScenarios } from './medicine.ts';
import { reassignmentsKeptScenarios } from './reassignments-kept.ts';
import { requirementsBrokenScenarios, requirementsKeptScenarios } from './requirements-kept.ts';
import { securityScenarios } from './security.ts';
import { softwareReleaseScenarios } from './software-release.ts';
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
  ...correctionsKeptScenarios,
  ...hrScenarios,
  ...educationScenarios,
  ...manufacturingScenarios,
  ...softwareReleaseScenarios,
  ...itHelpdeskScenarios,
  ...energyScenarios,
  ...marketingScenarios,
  ...mediaScenarios,
  ...insuranceScenarios,
  ...agricultureScenarios,
  ...requirementsKeptScenarios,
  ...requirementsBrokenScenarios,
  ...blindBatch2Scenarios,
  ...blindBatch3Scenarios,
  ...blindBatch5Scenarios,
  ...blindBatch6Scenarios,
  ...blindBatch7Scenarios,
  ...blindBatch8Scenarios,
  ...blindBatch9Scenarios,
  ...blindBatch10Scenarios,
  ...blindBatch11Scenarios,
  ...blindBatch12Scenarios,
  ...blindBatch13Scenarios,
  ...blindBatch14Scenarios,
  ...blindBatch15Scenarios,
  ...blindBatch16Scenarios,
  ...blindBatch17Scenarios,
  ...blindBatch18Scenarios,
  ...blindBatch19Scenarios,
  ...blindBatch20Scenarios,
  ...blindBatch21Scenarios,
  ...blindBatch22Scenarios,
  ...blindBatch23Scenarios,
  ...blindBatch24Scenarios,
  ...blindBatch25Scenarios,
  ...blindBatch26Scenarios,
  ...blindBatch27Scenarios,
  ...blindBatch30Scenarios,
  ...blindBatch28Scenarios,
  ...blindBatch29Scenarios,
  ...blindBatch32Scenarios,
  ...blindBatch33Scenarios,
  ...blindBatch31Scenarios,
  ...blindBatch36Scenarios,
  ...blindBatch35Scenarios,
  ...blindBatch34Scenarios,
  ...blindBatch39Scenarios,
  ...blindBatch38Scenarios,
  ...blindBatch37Scenarios,
  ...blindBatch41Scenarios,
  ...blindBatch40Scenarios,
  ...blindBatch42Scenarios,
  ...blindBatch45Scenarios,
  ...blindBatch44Scenarios,
  ...blindBatch43Scenarios,
  ...blindBatch46Scenarios,
  ...blindBatch47Scenarios,
  ...blindBatch49Scenarios,
  ...blindBatch48Scenarios,
  ...blindBatch50Scenarios,
  ...blindBatch51Scenarios,
  ...blindBatch52Scenarios,
  ...blindBatch53Scenarios,
  ...blindBatch55Scenarios,
  ...blindBatch54Scenarios,
  ...blindBatch56Scenarios,
  ...blindBatch58Scenarios,
  ...blindBatch57Scenarios,
  ...blindBatch59Scenarios,
  ...blindBatch60Scenarios,
  ...blindBatch63Scenarios,
  ...blindBatch62Scenarios,
  ...blindBatch61Scenarios,
  ...blindBatch66Scenarios,
  ...blindBatch65Scenarios,
  ...blindBatch64Scenarios,
  ...blindBatch69Scenarios,
  ...blindBatch68Scenarios,
  ...blindBatch67Scenarios,
  ...blindBatch70Scenarios,
  ...blindBatch71Scenarios,
  ...blindBatch72Scenarios,
  ...blindBatch73Scenarios,
  ...blindBatch75Scenarios,
  ...blindBatch74Scenarios,
  ...blindBatch76Scenarios,
  ...blindBatch78Scenarios,
  ...blindBatch77Scenarios,
  ...blindBatch79Scenarios,
  ...blindBatch81Scenarios,
  ...blindBatch80Scenarios,
  ...blindBatch84Scenarios,
  ...blindBatch83Scenarios,
  ...blindBatch82Scenarios,
  ...blindBatch86Scenarios,
  ...blindBatch85Scenarios,
  ...blindBatch87Scenarios,
  ...blindBatch89Scenarios,
  ...blindBatch90Scenarios,
  ...blindBatch88Scenarios,
  ...blindBatch91Scenarios,
  ...blindBatch92Scenarios,
  ...blindBatch93Scenarios,
  ...blindBatch96Scenarios,
  ...blindBatch95Scenarios,
  ...blindBatch94Scenarios,
  ...blindBatch97Scenarios,
  ...blindBatch98Scenarios,
  ...blindBatch99Scenarios,
  ...blindBatch101Scenarios,
  ...blindBatch100Scenarios,
  ...blindBatch102Scenarios,
  ...blindBatch104Scenarios,
  ...blindBatch105Scenarios,
  ...blindBatch103Scenarios,
  ...blindBatch107Scenarios,
  ...blindBatch106Scenarios,
  ...blindBatch108Scenarios,
  ...blindBatch109Scenarios,
  ...blindBatch110Scenarios,
  ...blindBatch111Scenarios,
  ...blindBatch112Scenarios,
  ...blindBatch113Scenarios,
  ...blindBatch114Scenarios,
  ...blindBatch115Scenarios,
  ...blindBatch116Scenarios,
  ...blindBatch117Scenarios,
  ...blindBatch118Scenarios,
  ...blindBatch119Scenarios,
  ...blindBatch120Scenarios,
  ...blindBatch121Scenarios,
  ...blindBatch122Scenarios,
  ...blindBatch123Scenarios,
  ...blindBatch124Scenarios,
  ...blindBatch125Scenarios,
  ...blindBatch126Scenarios,
  ...blindBatch127Scenarios,
  ...blindBatch128Scenarios,
  ...blindBatch129Scenarios,
  ...blindBatch130Scenarios,
  ...blindBatch132Scenarios,
  ...blindBatch131Scenarios,
  ...blindBatch133Scenarios,
  ...blindBatch134Scenarios,
  ...blindBatch135Scenarios,
  ...blindBatch136Scenarios,
  ...blindBatch137Scenarios,
  ...blindBatch138Scenarios,
  ...blindBatch139Scenarios,
  ...blindBatch140Scenarios,
  ...blindBatch141Scenarios,
  ...blindBatch142Scenarios,
  ...blindBatch143Scenarios,
  ...blindBatch144Scenarios,
  ...blindBatch145Scenarios,
  ...blindBatch146Scenarios,
  ...blindBatch147Scenarios,
  ...blindBatch148Scenarios,
  ...blindBatch149Scenarios,
  ...blindBatch150Scenarios,
  ...blindBatch151Scenarios,
  ...blindBatch152Scenarios,
  ...blindBatch153Scenarios,
  ...blindBatch154Scenarios,
  ...blindBatch155Scenarios,
  ...blindBatch156Scenarios,
  ...blindBatch157Scenarios,
  ...blindBatch158Scenarios,
  ...blindBatch159Scenarios,
  ...blindBatch160Scenarios,
  ...blindBatch161Scenarios,
  ...blindBatch162Scenarios,
  ...blindBatch163Scenarios,
  ...blindBatch164Scenarios,
  ...blindBatch165Scenarios,
  ...blindBatch166Scenarios,
  ...blindBatch168Scenarios,
  ...blindBatch167Scenarios,
  ...blindBatch170Scenarios,
  ...blindBatch171Scenarios,
  ...blindBatch169Scenarios,
  ...blindBatch172Scenarios,
  ...blindBatch173Scenarios,
  ...blindBatch174Scenarios,
  ...blindBatch176Scenarios,
  ...blindBatch175Scenarios,
  ...blindBatch177Scenarios,
  ...blindBatch178Scenarios,
  ...blindBatch179Scenarios,
  ...blindBatch180Scenarios,
  ...blindBatch182Scenarios,
  ...blindBatch183Scenarios,
  ...blindBatch181Scenarios,
  ...blindBatch184Scenarios,
  ...blindBatch185Scenarios,
  ...reassignmentsKeptScenarios,
  ...blindBatch186Scenarios,
  ...blindBatch187Scenarios,
  ...blindBatch188Scenarios,
  ...blindBatch189Scenarios,
  ...blindBatch190Scenarios,
  ...blindBatch191Scenarios,
  ...blindBatch192Scenarios,
  ...blindBatch193Scenarios,
  ...blindBatch194Scenarios,
  ...blindBatch195Scenarios,
];
