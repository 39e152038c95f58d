/**
 * Ovarian cancer survival (Edmonson et al., "Different chemotherapeutic sensitivities and host
 * factors affecting prognosis in advanced ovarian carcinoma versus minimal residual disease",
 * Cancer Treatment Reports 63, 1979), as distributed in R's `survival` package (`ovarian`):
 * 26 patients, no tied times. Columns: futime (days), fustat (1 = died), age (years), ecog.ps
 * (ECOG performance status), rx (treatment group), resid.ds (residual disease, 1 no, 2 yes).
 */
export const OVARIAN: readonly (readonly [number, number, number, number, number, number])[] = [
  [59, 1, 72.3315, 1, 1, 2],
  [115, 1, 74.4932, 1, 1, 2],
  [156, 1, 66.4658, 2, 1, 2],
  [421, 0, 53.3644, 1, 2, 2],
  [431, 1, 50.3397, 1, 1, 2],
  [448, 0, 56.4301, 2, 1, 1],
  [464, 1, 56.937, 2, 2, 2],
  [475, 1, 59.8548, 2, 2, 2],
  [477, 0, 64.1753, 1, 1, 2],
  [563, 1, 55.1781, 2, 2, 1],
  [638, 1, 56.7562, 2, 1, 1],
  [744, 0, 50.1096, 1, 2, 1],
  [769, 0, 59.6301, 2, 2, 2],
  [770, 0, 57.0521, 1, 2, 2],
  [803, 0, 39.2712, 1, 1, 1],
  [855, 0, 43.1233, 2, 1, 1],
  [1040, 0, 38.8932, 2, 1, 2],
  [1106, 0, 44.6, 1, 1, 1],
  [1129, 0, 53.9068, 1, 2, 1],
  [1206, 0, 44.2055, 1, 2, 2],
  [1227, 0, 59.589, 2, 2, 1],
  [268, 1, 74.5041, 2, 1, 2],
  [329, 1, 43.137, 1, 1, 2],
  [353, 1, 63.2192, 2, 2, 1],
  [365, 1, 64.4247, 1, 2, 2],
  [377, 0, 58.3096, 1, 2, 1],
];
