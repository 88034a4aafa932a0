/** `scim-setup-report-<profileId>-<YYYY-MM-DD>.<ext>`: the local day the report was made (profile ids are file-safe). */
export function reportFileName(profileId: string, made: Date, extension: 'md' | 'pdf'): string {
  const day = [made.getFullYear(), made.getMonth() + 1, made.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `scim-setup-report-${profileId}-${day}.${extension}`;
}
