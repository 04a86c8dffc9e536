// The deterministic generator lives with the scripts (the bench uses it too).
export { random } from '../scripts/random';
