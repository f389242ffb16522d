import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { Writable } from "node:stream";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { io } from "./capture-io";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");

/** A stand-in terminal: cli-progress draws only on a stream that says it is a TTY. */
function fakeTerminal() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream & { columns: number };
  Object.assign(stream, {
    isTTY: true,
    columns: 100,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  return { stream, text: () => chunks.join("") };
}

describe("progress of a long run", () => {
  it("draws a bar with the stage on a terminal's stderr and leaves stdout clean", async () => {
    const term = fakeTerminal();
    const t = io({ progressStream: term.stream });
    expect(await main(["check", SAMPLE, "--as-of", "01.10.2024"], t)).toBe(0);
    expect(term.text()).toMatch(/Проверка .*\d+%/);
    expect(t.out).toMatch(/^Проверка на 01\.10\.2024:/);
    expect(term.text()).toMatch(/[\u2588\u2591]/);
    expect(t.out).not.toMatch(/[\u2588\u2591]/);
  });

  it("draws nothing when stderr is not a terminal", async () => {
    const t = io();
    expect(await main(["check", SAMPLE, "--as-of", "01.10.2024", "--json", "-"], t)).toBe(0);
    expect(t.err).toBe("");
    expect(() => JSON.parse(t.out)).not.toThrow();
  });

  it("counts the school copies on the bar of a split", async () => {
    const term = fakeTerminal();
    const dir = mkdtempSync(join(tmpdir(), "kvm-split-bar-"));
    try {
      const t = io({ progressStream: term.stream });
      expect(await main(["split", SAMPLE, "--out-dir", join(dir, "школы"), "--as-of", "01.10.2024"], t)).toBe(0);
      expect(term.text()).toMatch(/Копии для школ .*100% 15\/15/);
      expect(t.out).toMatch(/^Записано 15 копий/);
      expect(t.out).not.toMatch(/[\u2588\u2591]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("speaks English on the bar with --lang en", async () => {
    const term = fakeTerminal();
    expect(await main(["check", SAMPLE, "--lang", "en"], io({ progressStream: term.stream }))).toBe(0);
    expect(term.text()).toMatch(/Checking .*%/);
  });
});
