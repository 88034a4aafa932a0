/**
 * `record[key]` for a key a caller chose (a profile id from a request, an id read
 * from a file), only when it is the record's own entry: "constructor" or
 * "__proto__" must find nothing, not Object.prototype's members.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
