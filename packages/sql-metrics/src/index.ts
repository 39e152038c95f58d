export { packageName } from "./package-name";
