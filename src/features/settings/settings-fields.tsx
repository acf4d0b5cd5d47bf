// The labelled fields of the Settings form: each announces its error and its hint with it.
import type { ReactNode } from 'react';

/** The ids of a field's error and hint, for `aria-describedby`. */
export function describedBy(
  id: string,
  error: string | undefined,
  hasHint: boolean,
): string | undefined {
  const ids = [error ? `${id}-error` : '', hasHint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldRowProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

export function FieldRow({ id, label, hint, error, children }: FieldRowProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm whitespace-pre-line text-rose-700">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckboxRowProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint: string;
  hintClassName?: string;
  disabled?: boolean;
}

export function CheckboxRow({
  id,
  label,
  checked,
  onChange,
  hint,
  hintClassName,
  disabled,
}: CheckboxRowProps) {
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={`${id}-hint`}
          disabled={disabled}
          className="h-4 w-4 accent-indigo-600"
        />
        <label htmlFor={id} className={`text-sm ${disabled ? 'text-slate-500' : ''}`}>
          {label}
        </label>
      </div>
      <p id={`${id}-hint`} className={`text-xs ${hintClassName ?? 'text-slate-600'}`}>
        {hint}
      </p>
    </div>
  );
}

interface NumberInputProps {
  id: string;
  min: number;
  max: number;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** A whole-number field; its error and hint are announced with it. */
export function NumberInput({ id, min, max, value, error, onChange }: NumberInputProps) {
  return (
    <input
      id={id}
      className="field sm:w-32"
      type="number"
      min={min}
      max={max}
      step={1}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error, true)}
    />
  );
}
