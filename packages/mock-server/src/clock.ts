/** Milliseconds since the Unix epoch; injectable so tests can move time. */
export type Clock = () => number;

/** The real time. */
export const systemClock: Clock = () => Date.now();
