import { mkdtemp, readdir, readFile, writeFile, symlink, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxFile, writeFileAtomic } from "../../../src/adapters/xlsx/node-files";

describe("node file helpers", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "kvant-xlsx-"));
  });

  it("reports a missing input as file-not-found", async () => {
    await expect(readXlsxFile(join(dir, "нет.xlsx"))).rejects.toMatchObject({ code: "file-not-found" });
  });

  it("reads a file's bytes", async () => {
    await writeFile(join(dir, "a.xlsx"), Uint8Array.from([1, 2, 3]));
    expect(Array.from(await readXlsxFile(join(dir, "a.xlsx")))).toEqual([1, 2, 3]);
  });

  it("writes the output and leaves no temporary file behind", async () => {
    await writeFileAtomic(join(dir, "out.xlsx"), Uint8Array.from([7, 8]), { inputPath: join(dir, "in.xlsx") });
    expect(Array.from(await readFile(join(dir, "out.xlsx")))).toEqual([7, 8]);
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
  });

  it("refuses to overwrite the input, also through another spelling or a symlink", async () => {
    const input = join(dir, "in.xlsx");
    await writeFile(input, "original");
    await symlink(input, join(dir, "link.xlsx"));
    for (const out of [input, join(dir, ".", "in.xlsx"), join(dir, "link.xlsx")]) {
      await expect(writeFileAtomic(out, Uint8Array.from([1]), { inputPath: input })).rejects.toMatchObject({
        code: "output-is-input",
      });
    }
    expect(await readFile(input, "utf8")).toBe("original");
  });

  it.each([
    ["a folder that does not exist", (d: string) => join(d, "no-such-dir", "out.xlsx")],
    // Renaming a file onto a folder fails even for root, so the failure happens after the temp file exists.
    ["a path that is a folder", (d: string) => join(d, "folder")],
  ])("reports %s as output-not-writable and leaves no file behind", async (_name, target) => {
    await mkdir(join(dir, "folder"));
    await expect(writeFileAtomic(target(dir), Uint8Array.from([1]))).rejects.toMatchObject({
      code: "output-not-writable",
    });
    expect(await readdir(dir)).toEqual(["folder"]);
    expect(await readdir(join(dir, "folder"))).toEqual([]);
  });
});
