import { useEffect, useState } from 'react';
import { getBridge } from '../../bridge/get-bridge';

/** Version and where the data lives: what a support question needs first. */
export function AboutSection() {
  const [info, setInfo] = useState<{ version: string; platform: string; userDataPath: string } | null>(null);
  useEffect(() => {
    let current = true;
    getBridge()
      .getAppInfo()
      .then((i) => current && setInfo(i))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return (
    <dl className="facts">
      <div>
        <dt>Version</dt>
        <dd>{info?.version ?? '…'}</dd>
      </div>
      <div>
        <dt>Platform</dt>
        <dd>{info?.platform ?? '…'}</dd>
      </div>
      <div>
        <dt>Data folder</dt>
        <dd>{info?.userDataPath ?? '…'}</dd>
      </div>
    </dl>
  );
}
