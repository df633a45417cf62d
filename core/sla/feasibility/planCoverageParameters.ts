import type { CoverageParametersInput } from '../../api/schemas/coverageSchemas.js'
import type { Scenario } from '../../api/schemas/slaSchemas.js'
import { resolveRadioPlan } from '../radioPlan.js'
import { ScenarioTerms } from '../scenarioTerms.js'
import { placement, planShares } from '../translateRadioTargets.js'

/** The coverage schema's ceiling on the UL allocation (a 100 MHz carrier at 30 kHz has 273 PRBs). */
const maxUlPrbs = 275

/**
 * Coverage-engine parameters that predict what the scenario's translation planned, so that a
 * feasibility check judges the targets at the resources they were derived for (issue 5: "the radio
 * requirement at the planned resource share"): the UL allocation (ul-prb-share × the planned
 * carrier's PRBs, TS 38.101-1 Table 5.3.2-1), UL/DL layers, the UE's maximum power, the noise figures,
 * the UL IoT when the plan fixes one, and the environment. The engine serves each cell its own
 * carrier and caps the allocation at the cell's PRBs. Left to the engine's defaults: the DL share (it
 * predicts DL rates on the whole carrier), the neighbour load and the RSRP threshold.
 * @throws SlaInputError naming the term when the scenario's plan is unreadable
 */
export function coverageParametersForScenario(scenario: Scenario): CoverageParametersInput {
  const terms = new ScenarioTerms(scenario)
  const { plan } = resolveRadioPlan(terms)
  const shares = planShares(plan)
  return {
    environment: placement(terms).environment,
    ulPrbs: Math.min(maxUlPrbs, shares.ul.allocatedPrbs),
    ulLayers: plan.ulLayers,
    dlLayers: plan.dlLayers,
    ueMaxPowerDbm: plan.ueMaxPowerDbm,
    ueNoiseFigureDb: plan.ueNoiseFigureDb,
    gnbNoiseFigureDb: plan.gnbNoiseFigureDb,
    ...(plan.ulIotDb === null ? {} : { iotDb: plan.ulIotDb, aerialIotDb: plan.ulIotDb }),
  }
}
