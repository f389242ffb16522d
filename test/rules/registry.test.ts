import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES, ruleById, type Rule } from "../../src/rules";

const ROOT = join(__dirname, "..", "..");
const RULES_DIR = join(ROOT, "src", "rules");
const ids = RULES.map((r) => r.meta.id);

function looksLikeRule(v: unknown): v is Rule {
  const r = v as Rule;
  return typeof r === "object" && r !== null && typeof r.check === "function" && typeof r.meta?.id === "string";
}

/** Every Rule exported by any file of src/rules/ other than the registry itself. */
async function exportedRules(): Promise<{ file: string; rule: Rule }[]> {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");
  const out: { file: string; rule: Rule }[] = [];
  for (const file of files) {
    const mod = (await import(join(RULES_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (looksLikeRule(value)) out.push({ file, rule: value });
  }
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("rule registry (src/rules/index.ts)", () => {
  it("lists every Rule exported from src/rules/, each from the file named by its id", async () => {
    const found = await exportedRules();
    expect(found.length).toBeGreaterThan(0);
    for (const { file, rule } of found) {
      expect(RULES).toContain(rule);
      expect(file).toBe(`${rule.meta.id}.ts`);
    }
    expect(found.map((f) => f.rule.meta.id).sort()).toEqual([...ids].sort());
  });

  it("has unique kebab-case ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it("is sorted by id", () => {
    expect(ids).toEqual([...ids].sort());
  });

  it("finds each rule by its id", () => {
    for (const r of RULES) expect(ruleById(r.meta.id)).toBe(r);
    expect(ruleById("no-such-rule")).toBeUndefined();
  });

  it.each(ids)("%s has test/rules/<id>.test.ts and docs/rules/<id>.md", (id) => {
    expect(existsSync(join(ROOT, "test", "rules", `${id}.test.ts`))).toBe(true);
    expect(existsSync(join(ROOT, "docs", "rules", `${id}.md`))).toBe(true);
  });

  it.each(ids)("%s is listed in docs/rules/README.md and its page starts with its id", (id) => {
    const index = readFileSync(join(ROOT, "docs", "rules", "README.md"), "utf8");
    expect(index).toContain(`[\`${id}\`](${id}.md)`);
    const page = readFileSync(join(ROOT, "docs", "rules", `${id}.md`), "utf8");
    expect(page.split("\n")[0]).toBe(`# ${id}`);
    expect(page).toContain(`\`${RULES.find((r) => r.meta.id === id)?.meta.defaultSeverity}\``);
  });

  it.each(ids)("%s has ru and en for its description and every message, with the same placeholders", (id) => {
    const meta = (ruleById(id) as Rule).meta;
    for (const t of [meta.description, ...Object.values(meta.messages)]) {
      expect(Object.keys(t).sort()).toEqual(["en", "ru"]);
      expect(t.ru.trim()).not.toBe("");
      expect(t.en.trim()).not.toBe("");
      expect(placeholders(t.en)).toEqual(placeholders(t.ru));
    }
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
  });

  it.each(ids)("%s has a valid default severity and category", (id) => {
    const meta = (ruleById(id) as Rule).meta;
    expect(["error", "warning", "info"]).toContain(meta.defaultSeverity);
    expect(["deadline", "date", "document", "school", "structure", "indicator"]).toContain(meta.category);
  });
});
