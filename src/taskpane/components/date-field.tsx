import { useEffect, useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import { formatRu, isoFromParts } from "../../domain/iso-date";

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** «01.10.2024» → "2024-10-01"; null when it is not a real date. */
export function parseDotted(text: string): string | null {
  const m = DOTTED.exec(text.trim());
  return m ? isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/**
 * Puts the dots in while she types digits («01102024» → «01.10.2024», «0110» → «01.10»), so
 * the field reads ДД.ММ.ГГГГ as she goes; deleting is left alone.
 */
export function maskDate(typed: string, previous: string): string {
  if (typed.length < previous.length) return typed;
  // A dot typed right after one the mask put in is the same dot.
  const next = typed.replace(/\.{2,}/g, ".");
  // Dots she typed herself elsewhere («1.10.2024») are hers: leave the text alone.
  if (![...next].every((c, i) => /\d/.test(c) || (c === "." && (i === 2 || i === 5)))) return next;
  const digits = next.replace(/\./g, "");
  if (digits.length > 8) return previous;
  let out = digits.slice(0, 2);
  if (digits.length >= 2) out += `.${digits.slice(2, 4)}`;
  if (digits.length >= 4) out += `.${digits.slice(4)}`;
  return out;
}

export interface DateFieldProps {
  label: string;
  hint: string;
  placeholder: string;
  invalidText: string;
  /** ISO date, or null for "today". */
  value: string | null;
  disabled?: boolean;
  onChange: (iso: string | null) => void;
}

/**
 * A date typed as ДД.ММ.ГГГГ in a text field: `<input type=date>` shows the browser's own
 * order (12/01/2026 in an English browser) and a calendar icon the dark theme cannot recolour.
 * Empty means today; anything else is taken only once it is a real date.
 */
export function DateField({ label, hint, placeholder, invalidText, value, disabled, onChange }: DateFieldProps) {
  const [draft, setDraft] = useState(value ? formatRu(value) : "");
  const [invalid, setInvalid] = useState(false);
  // A date set from outside (loaded settings) replaces what was half-typed.
  useEffect(() => {
    setDraft(value ? formatRu(value) : "");
    setInvalid(false);
  }, [value]);
  return (
    <Field
      label={label}
      hint={invalid ? undefined : hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? invalidText : undefined}
    >
      <Input
        value={draft}
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        maxLength={10}
        disabled={disabled}
        onChange={(_, d) => {
          const next = maskDate(d.value, draft);
          setDraft(next);
          if (next.trim() === "") {
            setInvalid(false);
            onChange(null);
            return;
          }
          const iso = parseDotted(next);
          if (iso) {
            setInvalid(false);
            onChange(iso);
          }
        }}
        onBlur={() => setInvalid(draft.trim() !== "" && parseDotted(draft) === null)}
      />
    </Field>
  );
}
