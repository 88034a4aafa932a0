/** The particle pairs texts may ask for with `{{x, josa(을/를)}}` (the rule itself is in josa.ts, with the Korean texts). */
export const JOSA_OPTIONS = [
  '이/가',
  '을/를',
  '은/는',
  '으로/로',
  '와/과',
  '이나/나',
  '이란/란',
  '아/야',
  '이랑/랑',
  '이에요/예요',
  '으로서/로서',
  '으로써/로써',
  '으로부터/로부터',
  '이라/라',
] as const;
export type JosaOption = (typeof JOSA_OPTIONS)[number];

export function isJosaOption(value: string): value is JosaOption {
  return (JOSA_OPTIONS as readonly string[]).includes(value);
}
