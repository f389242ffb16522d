/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MonitorError } from "../../src/app/workbook-gateway";
import type { Lang } from "../../src/domain/finding";
import { stringsFor } from "../../src/i18n";
import { SchoolLoopPanel, type SchoolLoopPanelProps } from "../../src/taskpane/components/school-loop-panel";
import type { SchoolLoopService } from "../../src/taskpane/school-loop-session";

function loopWith(over: Partial<SchoolLoopService> = {}): SchoolLoopService {
  return {
    split: jest.fn(async () => ({ zip: new Uint8Array([1, 2]), count: 3 })),
    collect: jest.fn(),
    undo: jest.fn(async () => 0),
    canUndo: jest.fn(async () => false),
    protect: jest.fn(async () => 0),
    ...over,
  };
}

function show(loop: SchoolLoopService, lang: Lang = "ru", extra: Partial<SchoolLoopPanelProps> = {}) {
  const onZip = jest.fn();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <SchoolLoopPanel t={stringsFor(lang)} lang={lang} loop={loop} fileName={null} onZip={onZip} {...extra} />
    </FluentProvider>,
  );
  return { user, onZip };
}

describe("school loop panel: «Защитить ввод»", () => {
  it.each([
    [1, "Проверка ввода добавлена в 1 ячейку."],
    [3, "Проверка ввода добавлена в 3 ячейки."],
    [21, "Проверка ввода добавлена в 21 ячейку."],
    [125, "Проверка ввода добавлена в 125 ячеек."],
  ])("says how many cells got a guard in Russian plural forms: %d", async (n, sentence) => {
    const { user } = show(loopWith({ protect: jest.fn(async () => n) }));
    await user.click(screen.getByRole("button", { name: "Защитить ввод" }));
    expect(await screen.findByText(new RegExp(`^${sentence}`))).toBeInTheDocument();
  });

  it("says so in English", async () => {
    const { user } = show(loopWith({ protect: jest.fn(async () => 1) }), "en");
    await user.click(screen.getByRole("button", { name: "Guard the input" }));
    expect(await screen.findByText(/^Input checks added to 1 cell\./)).toBeInTheDocument();
  });

  it("says nothing was added when every input cell is already validated", async () => {
    const { user } = show(loopWith());
    await user.click(screen.getByRole("button", { name: "Защитить ввод" }));
    expect(await screen.findByText(/уже проверяются — ничего не добавлено/)).toBeInTheDocument();
  });

  it("below ExcelApi 1.8 names the Excel needed and sends her to the web page", async () => {
    const old = new MonitorError("api-not-supported", { required: "ExcelApi 1.8", feature: "data-validation" });
    const { user } = show(loopWith({ protect: jest.fn(async () => Promise.reject(old)) }), "ru", {
      webPage: "https://example.org/index.html",
    });
    await user.click(screen.getByRole("button", { name: "Защитить ввод" }));
    expect(
      await screen.findByText(/Excel 2019, 2021 или Microsoft 365.*\(https:\/\/example\.org\/index\.html\)/),
    ).toBeInTheDocument();
  });
});

describe("school loop panel: «Разослать школам»", () => {
  it("hands the .zip over where the pane can download", async () => {
    const { user, onZip } = show(loopWith(), "ru", { fileName: "Мониторинг.xlsx" });
    await user.click(screen.getByRole("button", { name: "Разослать школам" }));
    expect(await screen.findByText(/Скачан архив с копиями для школ: 3/)).toBeInTheDocument();
    expect(onZip).toHaveBeenCalledWith(new Uint8Array([1, 2]), "Копии для школ — Мониторинг.zip");
  });

  it("says how to get the copies where it cannot, and hands nothing over", async () => {
    const { user, onZip } = show(loopWith(), "ru", {
      canDownload: false,
      inExcel: true,
      webPage: "https://x/index.html",
    });
    await user.click(screen.getByRole("button", { name: "Разослать школам" }));
    expect(await screen.findByText(/^Копии для школ готовы \(3\).*\(https:\/\/x\/index\.html\)/)).toBeInTheDocument();
    expect(onZip).not.toHaveBeenCalled();
  });
});

describe("school loop panel: «Отменить сбор»", () => {
  it("is offered for a collect made before the pane opened, and undoes it", async () => {
    let can = true;
    const loop = loopWith({ canUndo: jest.fn(async () => can), undo: jest.fn(async () => ((can = false), 4)) });
    const { user } = show(loop);
    const undo = screen.getByRole("button", { name: "Отменить сбор" });
    await waitFor(() => expect(undo).not.toHaveAttribute("aria-disabled", "true"));
    await user.click(undo);
    expect(await screen.findByText(/Сбор отменён: восстановлено ячеек — 4\./)).toBeInTheDocument();
    expect(undo).toHaveAttribute("aria-disabled", "true");
  });

  it("stays unavailable when there is nothing to undo", async () => {
    const loop = loopWith();
    show(loop);
    await waitFor(() => expect(loop.canUndo).toHaveBeenCalled());
    expect(screen.getByRole("button", { name: "Отменить сбор" })).toHaveAttribute("aria-disabled", "true");
  });
});
