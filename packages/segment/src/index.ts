export * from "./import-segment";
export * from "./journey-stages";
export * from "./segment-input";
export * from "./segment-instant";
export * from "./segment-message";
export * from "./segment-traits";
