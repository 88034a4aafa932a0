/** The shape a translation must have: the English texts' keys, any string as each value. */
export type TextsLike<T> = { [K in keyof T]: T[K] extends string ? string : TextsLike<T[K]> };
