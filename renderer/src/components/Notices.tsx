import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../hooks/app-context';

/** Start-up notices from main (a damaged settings file moved aside, a migration, test endpoints). */
export function Notices() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const visible = info.notices.filter((n) => !dismissed.includes(n.code) && n.code !== 'endpoints-file-loaded');
  if (visible.length === 0) return null;
  return (
    <div className="notices">
      {visible.map((notice) => (
        <div key={notice.code} className="banner banner-notice" role="status" data-testid={`notice-${notice.code}`}>
          <span>{t(`notices.${notice.code}`, { ...notice.params })}</span>
          <button type="button" data-testid={`notice-dismiss-${notice.code}`} onClick={() => setDismissed((d) => [...d, notice.code])}>
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
