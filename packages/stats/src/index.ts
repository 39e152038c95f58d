export { describeValue } from "./describe-value";
export { expectedMessage } from "./expected-message";
export { oneOf } from "./one-of";
