import type { BgNbdParams } from "./bg-nbd-params";
import type { FitUncertainty } from "./fit-uncertainty";

/**
 * A fitted BG/NBD model: the parameters, their standard errors and how the fit went.
 *
 * @example
 * ```ts
 * import { fitBgNbd, type BgNbdFit } from "@rapport/churn";
 * const fit: BgNbdFit | null = fitBgNbd([{ frequency: 1, recency: 3, T: 10 }]);
 * if (fit && !fit.converged) console.warn("no convergence");
 * ```
 */
export interface BgNbdFit extends BgNbdParams, FitUncertainty<BgNbdParams> {
  /** The maximised log-likelihood, Σ ln L over customers. */
  readonly logLikelihood: number;
  /** BFGS iterations (plus Nelder-Mead iterations if the fallback ran). */
  readonly iterations: number;
  /** Log-likelihood evaluations (each with its gradient). */
  readonly evaluations: number;
  /** Whether the optimiser met its tolerance (every log-scale gradient component below 1e-8 per customer). */
  readonly converged: boolean;
  /** Customers fitted. */
  readonly n: number;
}
