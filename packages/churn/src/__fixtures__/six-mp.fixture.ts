// Remission times (weeks) of the 21 leukaemia patients treated with 6-mercaptopurine in the
// trial of Freireich et al. (1963), Blood 21(6); the worked example of Klein & Moeschberger,
// "Survival Analysis" (2nd ed.), §1.2 and Table 4.1A, and of Kleinbaum & Klein, ch. 2.
// `false` marks a censored time (remission still ongoing at last follow-up; "6+" in the book).
export const SIX_MP: readonly (readonly [number, boolean])[] = [
  [6, true],
  [6, true],
  [6, true],
  [6, false],
  [7, true],
  [9, false],
  [10, true],
  [10, false],
  [11, false],
  [13, true],
  [16, true],
  [17, false],
  [19, false],
  [20, false],
  [22, true],
  [23, true],
  [25, false],
  [32, false],
  [32, false],
  [34, false],
  [35, false],
];
