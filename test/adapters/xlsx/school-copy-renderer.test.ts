import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, inflateSync, unzipSync } from "fflate";
import { openXlsx } from "../../../src/adapters/xlsx";
import { renderSchoolCopy, schoolCopyRenderer } from "../../../src/adapters/xlsx/school-copy";
import { setZipCodec } from "../../../src/adapters/xlsx/zip-archive";
import { DEFAULT_SETTINGS } from "../../../src/app/monitor-types";
import { splitWorkbook } from "../../../src/app/split";
import type { SchoolCopyPlan } from "../../../src/app/split-plan";

const SAMPLE = join(__dirname, "..", "..", "..", "assets", "sample-monitoring.xlsx");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };

/** Deflate that counts its calls: how many parts were compressed. */
function countingCodec() {
  const counter = { deflated: 0 };
  setZipCodec({
    inflateRaw: (data, size) => inflateSync(data, size > 0 ? { out: new Uint8Array(size) } : {}),
    deflateRaw: (data) => {
      counter.deflated++;
      return deflateSync(data, { level: 6 });
    },
  });
  return counter;
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]));
}

describe("schoolCopyRenderer (a whole split)", () => {
  let plans: SchoolCopyPlan[];
  beforeAll(async () => {
    plans = [];
    const book = await openXlsx(readFileSync(SAMPLE));
    await splitWorkbook(
      book,
      async (p) => {
        plans.push(p);
        return new Uint8Array(0);
      },
      SETTINGS,
      "ru",
      new Date(),
    );
    expect(plans.length).toBe(15);
  });
  afterEach(() => setZipCodec(null));

  it("makes every copy with the same parts, part for part, as rendering it alone", async () => {
    const render = schoolCopyRenderer({ password: "секрет" });
    for (const plan of plans) {
      const together = parts(await render(plan));
      const alone = parts(await renderSchoolCopy(plan, { password: "секрет" }));
      expect(Object.keys(together).sort()).toEqual(Object.keys(alone).sort());
      for (const name of Object.keys(alone)) expect([name, together[name]]).toEqual([name, alone[name]]);
      // And each opens as the school's workbook.
      const snap = await (await openXlsx(await render(plan))).readSnapshot();
      expect(snap.sheets.map((s) => s.name).filter((n) => !n.startsWith("_"))).toEqual(
        plan.sheets.map((s) => s.model.name),
      );
    }
  });

  it("compresses a part the copies share once: later copies compress only the parts that differ from the first", async () => {
    const alone = countingCodec();
    const single: Record<string, string>[] = [];
    for (const plan of plans.slice(0, 4)) single.push(parts(await renderSchoolCopy(plan)));
    const perCopy = alone.deflated / 4;
    expect(perCopy).toBe(Object.keys(single[0]).length);
    // Parts of copies 2–4 that are not the same as in the first copy (the school's rows, findings, mark…).
    const differing = single
      .slice(1)
      .reduce((n, p) => n + Object.keys(p).filter((k) => p[k] !== single[0][k]).length, 0);
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThan(3 * perCopy);

    const together = countingCodec();
    const render = schoolCopyRenderer();
    await render(plans[0]);
    expect(together.deflated).toBe(perCopy);
    for (const plan of plans.slice(1, 4)) await render(plan);
    expect(together.deflated - perCopy).toBe(differing);
  });
});
