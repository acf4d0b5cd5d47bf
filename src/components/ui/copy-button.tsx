import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n';

interface CopyButtonProps {
  text: string;
  label: string;
  className?: string;
}

export function CopyButton({ text, label, className = '' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <button type="button" onClick={copy} className={`btn-secondary ${className}`}>
      {state === 'copied'
        ? t('Copied')
        : state === 'failed'
          ? t('Copy failed: select and copy')
          : label}
    </button>
  );
}
