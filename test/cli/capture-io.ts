import type { Io } from "../../src/cli/main";

/** The CLI's Io capturing what it prints, on a fixed clock (2024-10-01) unless `extra` says otherwise. */
export function io(extra: Partial<Io> = {}): Io & { out: string; err: string } {
  const o = {
    out: "",
    err: "",
    stdout: (s: string) => void (o.out += s),
    stderr: (s: string) => void (o.err += s),
    now: () => new Date("2024-10-01T09:00:00Z"),
    ...extra,
  };
  return o;
}
