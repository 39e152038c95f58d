// Types of the vader-sentiment package, which ships none: the one function used here.
declare module "vader-sentiment" {
  const vader: {
    readonly SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}
