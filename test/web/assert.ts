// A few assertions for the web worker host, where Node's `assert` does not exist.
function fail(message: string): never {
  throw new Error(message);
}

/** The assertions (typed explicitly so `ok` narrows). */
export const assert: {
  ok(value: unknown, message?: string): asserts value;
  strictEqual<T>(actual: T, expected: T, message?: string): void;
  match(text: string, pattern: RegExp, message?: string): void;
} = {
  ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) fail(message);
  },
  strictEqual<T>(actual: T, expected: T, message?: string): void {
    if (actual !== expected) fail(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  },
  match(text: string, pattern: RegExp, message?: string): void {
    if (!pattern.test(text)) fail(message ?? `${JSON.stringify(text)} does not match ${pattern}`);
  },
};
