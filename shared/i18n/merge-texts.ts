type TextTree = { readonly [key: string]: string | TextTree };

const isTree = (value: unknown): value is TextTree => typeof value === 'object' && value !== null;

/**
 * One language's texts from its two halves (first-screen-*.ts and other-screens-*.ts): objects
 * are merged key by key, and a text both halves define is a mistake (which one would show?),
 * so it throws at load rather than picking one.
 */
export function mergeTexts<A extends object, B extends object>(first: A, other: B, path = ''): A & B {
  const merged: Record<string, unknown> = { ...(first as Record<string, unknown>) };
  for (const [key, value] of Object.entries(other)) {
    const there: unknown = merged[key];
    if (there === undefined) merged[key] = value;
    else if (isTree(there) && isTree(value)) merged[key] = mergeTexts(there, value, `${path}${key}.`);
    else throw new Error(`Both halves of the texts define ${path}${key}`);
  }
  return merged as A & B;
}
