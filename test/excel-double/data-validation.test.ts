import { DoubleWorkbook, RequestContext, addUserValidation, validationAt } from "./index";

const whole = { wholeNumber: { operator: "GreaterThan" as const, formula1: 0 } };

function ctxOn(book: DoubleWorkbook) {
  const ctx = new RequestContext(book);
  return { ctx, ws: ctx.workbook.worksheets.getItem("S") };
}

describe("Excel test double: range.dataValidation (ExcelApi 1.8)", () => {
  it("reads type None, a rule's type, MixedCriteria and Inconsistent as Excel defines them", async () => {
    const book = new DoubleWorkbook();
    const s = book.addSheet("S");
    addUserValidation(s, "A1:A2", { rule: whole });
    addUserValidation(s, "B1", { rule: { decimal: { operator: "LessThan", formula1: 5 } } });
    const { ctx, ws } = ctxOn(book);
    const [none, same, mixed, inconsistent] = ["C1:C3", "A1:A2", "A1:A3", "A1:B1"].map((a) =>
      ws.getRange(a).dataValidation.load("type"),
    );
    await ctx.sync();
    expect([none.type, same.type, mixed.type, inconsistent.type]).toEqual([
      "None",
      "WholeNumber",
      "MixedCriteria",
      "Inconsistent",
    ]);
  });

  it("sets rule, prompt and alert at sync; refuses two kinds in one rule, a bad operand, a long title", async () => {
    const book = new DoubleWorkbook();
    const s = book.addSheet("S");
    const { ctx, ws } = ctxOn(book);
    const dv = ws.getRange("A1:A3").dataValidation;
    dv.rule = whole;
    dv.prompt = { showPrompt: true, title: "Число", message: "Целое больше 0" };
    expect(validationAt(s, "A1")).toBeUndefined();
    await ctx.sync();
    expect(validationAt(s, "A3")).toMatchObject({ rule: whole, prompt: { title: "Число" } });

    for (const bad of [
      () => (ws.getRange("B1").dataValidation.rule = { ...whole, decimal: whole.wholeNumber }),
      () =>
        (ws.getRange("B1").dataValidation.rule = {
          date: { operator: "Between", formula1: "15.02.2024", formula2: "2024-12-31" },
        }),
      () => (ws.getRange("B1").dataValidation.prompt = { showPrompt: true, title: "x".repeat(33), message: "" }),
    ]) {
      bad();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(validationAt(s, "B1")).toBeUndefined();
  });

  it("is stricter than Excel on one point: a rule over another rule fails, so the user's is never replaced", async () => {
    const book = new DoubleWorkbook();
    const s = book.addSheet("S");
    addUserValidation(s, "A2", { rule: whole });
    const { ctx, ws } = ctxOn(book);
    ws.getRange("A1:A3").dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 1 } };
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(validationAt(s, "A2")?.rule).toEqual(whole);
  });

  it("fails with AccessDenied on a protected sheet and ApiNotFound below ExcelApi 1.8", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("S").protected = true;
    const { ctx, ws } = ctxOn(book);
    ws.getRange("A1").dataValidation.rule = whole;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });

    const old = new DoubleWorkbook({ apiVersion: 7 });
    old.addSheet("S");
    expect(() => ctxOn(old).ws.getRange("A1").dataValidation).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
  });

  it("hands workbook.properties.creationDate as a Date after load and sync", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    book.creationDate = new Date("2020-05-06T07:08:09Z");
    const ctx = new RequestContext(book);
    const p = ctx.workbook.properties.load("creationDate");
    expect(() => p.creationDate).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(p.creationDate).toBeInstanceOf(Date);
    expect(p.creationDate.toISOString()).toBe("2020-05-06T07:08:09.000Z");
  });
});
