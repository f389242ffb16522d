import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indicatorGuard, periodGuard, stepGuard } from "../../../src/app/input-guards";
import { w3cdtf } from "../../../src/adapters/office/document-created";
import { documentCreatedOf } from "../../../src/adapters/xlsx/document-created";
import { addUserValidation, validationAt } from "../../excel-double";
import { officeOn } from "./setup";

const STEPS = "Мониторинг по ОО";
const col = (c: number, top: number, bottom: number) => ({ top, bottom, left: c, right: c });

describe("OfficeWorkbookGateway.addValidation («Защитить ввод», ExcelApi 1.8)", () => {
  it("puts the guard's rule, Russian prompt and stop alert on every guarded cell", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet(STEPS, [["Школа", "п. 8", "Показатель", "Период"]]);
    const n = await gateway.addValidation(STEPS, [
      { ranges: [col(1, 1, 3)], guard: stepGuard(2024, "8") },
      { ranges: [col(2, 1, 3)], guard: indicatorGuard("percent", "П1", 2024) },
      { ranges: [col(3, 1, 1)], guard: periodGuard(2024, { year: 2024, q: 3 }) },
    ]);
    expect(n).toBe(7);
    const step = validationAt(s, "B3");
    expect(step?.rule).toEqual({ date: { operator: "Between", formula1: "2023-01-01", formula2: "2026-12-31" } });
    expect(step?.prompt).toMatchObject({ showPrompt: true, title: "Пункт 8: дата" });
    expect(step?.prompt.message).toMatch(/ДД\.ММ\.ГГГГ/);
    expect(step?.errorAlert).toMatchObject({ showAlert: true, style: "Stop", title: "Проверьте значение" });
    expect(step?.ignoreBlanks).toBe(true);
    expect(validationAt(s, "C2")?.rule).toEqual({
      decimal: { operator: "Between", formula1: 0, formula2: 1 },
    });
    expect(validationAt(s, "D2")?.rule?.list?.source).toMatch(/^I квартал 2023,.*III квартал 2024$/);
    expect(validationAt(s, "B5")).toBeUndefined();
    expect(validationAt(s, "A2")).toBeUndefined();
  });

  it("keeps the user's own validation: her cells are skipped, her rule and prompt stay as she set them", async () => {
    const { book, gateway, syncsOf } = officeOn();
    const s = book.addSheet(STEPS, [["Школа", "п. 8", "Показатель"]]);
    const hers = { wholeNumber: { operator: "LessThan" as const, formula1: 10 } };
    addUserValidation(s, "B3:B4", { rule: hers });
    addUserValidation(s, "C2", { prompt: { showPrompt: true, title: "Моя подсказка", message: "Только итог" } });
    let n = 0;
    const syncs = await syncsOf(async () => {
      n = await gateway.addValidation(STEPS, [
        { ranges: [col(1, 1, 5)], guard: stepGuard(2024, "8") },
        { ranges: [col(2, 1, 2)], guard: indicatorGuard("integer", "П2", 2024) },
      ]);
    });
    expect(n).toBe(3 + 1);
    expect(validationAt(s, "B3")?.rule).toEqual(hers);
    expect(validationAt(s, "B4")?.rule).toEqual(hers);
    expect(validationAt(s, "B2")?.rule?.date).toBeDefined();
    expect(validationAt(s, "B5")?.rule?.date).toBeDefined();
    expect(validationAt(s, "B6")?.rule?.date).toBeDefined();
    expect(validationAt(s, "C2")).toMatchObject({ rule: null, prompt: { title: "Моя подсказка" } });
    expect(validationAt(s, "C3")?.rule).toEqual({ wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    // Sheet; protection and each run's type; the cells of the partly validated runs; the writes.
    expect(syncs).toBe(4);
  });

  it("adds nothing the second time: its own guards count as validated", async () => {
    const { book, gateway } = officeOn();
    book.addSheet(STEPS, [["Школа", "п. 8"]]);
    const guards = [{ ranges: [col(1, 1, 20)], guard: stepGuard(2024, "8") }];
    expect(await gateway.addValidation(STEPS, guards)).toBe(20);
    expect(await gateway.addValidation(STEPS, guards)).toBe(0);
  });

  it("costs 3 syncs for a clean sheet, whether 10 or 10,000 cells are guarded", async () => {
    const counts: number[] = [];
    for (const rows of [10, 10_000]) {
      const { book, gateway, syncsOf } = officeOn();
      book.addSheet(STEPS, [["Школа", "п. 8", "п. 9"]]);
      const guards = [1, 2].map((c) => ({
        ranges: [col(c, 1, rows / 2), col(c, rows / 2 + 2, rows + 1)],
        guard: stepGuard(2024, String(c + 7)),
      }));
      counts.push(await syncsOf(() => gateway.addValidation(STEPS, guards)));
    }
    expect(counts).toEqual([3, 3]);
  });

  it("below ExcelApi 1.8 says api-not-supported (with the set it needs) and touches nothing", async () => {
    const { book, gateway, syncsOf } = officeOn({ apiVersion: 7 });
    const s = book.addSheet(STEPS, [["Школа", "п. 8"]]);
    let err: unknown;
    const syncs = await syncsOf(async () => {
      err = await gateway
        .addValidation(STEPS, [{ ranges: [col(1, 1, 3)], guard: stepGuard(2024, "8") }])
        .catch((e: unknown) => e);
    });
    expect(err).toMatchObject({
      name: "MonitorError",
      code: "api-not-supported",
      details: { required: "ExcelApi 1.8" },
    });
    expect(syncs).toBe(0);
    expect(validationAt(s, "B2")).toBeUndefined();
    expect(book.apiCalls.has("Range.dataValidation")).toBe(false);
  });

  it("checks protection first: a protected sheet gets no guard at all", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet(STEPS, [["Школа", "п. 8"]]);
    s.protected = true;
    await expect(
      gateway.addValidation(STEPS, [{ ranges: [col(1, 1, 3)], guard: stepGuard(2024, "8") }]),
    ).rejects.toMatchObject({ code: "sheet-protected", details: { sheet: STEPS } });
    expect(validationAt(s, "B2")).toBeUndefined();
  });

  it("says sheet-missing for a sheet that is not there", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    await expect(
      gateway.addValidation("Нет такого", [{ ranges: [col(1, 1, 3)], guard: stepGuard(2024, "8") }]),
    ).rejects.toMatchObject({ code: "sheet-missing" });
  });
});

describe("OfficeWorkbookGateway.documentCreated", () => {
  it("gives the same text as the .xlsx adapter reads from the same file's dcterms:created", async () => {
    const file = join(__dirname, "..", "..", "fixtures", "corpus", "testdocs__namespaced.xlsx");
    const fromFile = await documentCreatedOf(new Uint8Array(readFileSync(file)));
    expect(fromFile).toBe("2023-04-17T11:49:57Z");
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    book.creationDate = new Date(fromFile!);
    expect(await gateway.documentCreated()).toBe(fromFile);
  });

  it("is null when Excel has no creation date", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    book.creationDate = null;
    expect(await gateway.documentCreated()).toBeNull();
  });
});

describe("w3cdtf", () => {
  it("writes whole seconds as dcterms:created does, keeps milliseconds, and drops missing or epoch dates", () => {
    expect(w3cdtf(new Date("2024-01-15T09:30:00.000Z"))).toBe("2024-01-15T09:30:00Z");
    expect(w3cdtf(new Date("2024-01-15T09:30:00.250Z"))).toBe("2024-01-15T09:30:00.250Z");
    expect(w3cdtf("2024-01-15T09:30:00Z")).toBe("2024-01-15T09:30:00Z");
    for (const v of [null, undefined, "", "not a date", new Date(0)]) expect(w3cdtf(v)).toBeNull();
  });
});
