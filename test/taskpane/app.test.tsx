/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/app";
import { MonitorError } from "../../src/app/workbook-gateway";
import { DEFAULT_SETTINGS, type MonitorService } from "../../src/app/monitor-types";
import type { Lang } from "../../src/domain/finding";
import { fakeService, finding, result } from "./fake-service";

function renderApp(service: MonitorService, lang: Lang = "ru") {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} lang={lang} today="2024-10-01" />
    </FluentProvider>,
  );
  return user;
}

type User = ReturnType<typeof userEvent.setup>;

/** The settings are folded under one line; unfolds them (once). */
async function openSettings(user: User) {
  if (!screen.queryByLabelText("Дата проверки") && !screen.queryByLabelText("As-of date"))
    await user.click(screen.getByRole("button", { name: /^(Параметры проверки|Check settings)/ }));
}

/** Types an as-of date the way she does, ДД.ММ.ГГГГ. */
async function typeDate(user: User, text: string) {
  await openSettings(user);
  const field = screen.getByLabelText("Дата проверки");
  await user.clear(field);
  await user.type(field, text);
}

/** Switches the findings to the full list (the pane opens on «По школам»). */
async function showAll(user: User) {
  await user.click(await screen.findByRole("button", { name: /^(Все замечания|All findings)/ }));
}

/** Waits until the initial loadSettings has finished and the buttons are live again. */
async function ready(service: jest.Mocked<MonitorService>) {
  await waitFor(() => expect(service.loadSettings).toHaveBeenCalled());
  await waitFor(() => expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "false"));
}

describe("App (task pane)", () => {
  it("runs the check with the loaded settings and shows counts and grouped findings", async () => {
    const service = fakeService({ ...DEFAULT_SETTINGS, dueSoonDays: 10 });
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await screen.findByText(/^1 ошибка|^2 ошибки/);
    expect(service.check).toHaveBeenCalledWith(
      { asOf: null, quarter: null, dueSoonDays: 10 },
      "ru",
      expect.any(Function),
    );
    expect(service.saveSettings).toHaveBeenCalledWith({ asOf: null, quarter: null, dueSoonDays: 10 });
    // Each count once, in words with their plural forms, and no «0 сведений».
    expect(screen.getByTestId("severity-sentence")).toHaveTextContent(
      /^2 ошибки, 2 предупреждения\. Проверено ячеек: 412\.$/,
    );
    expect(screen.queryByText(/сведени/i)).not.toBeInTheDocument();
    await showAll(user);
    // Grouped by sheet, then school.
    expect(screen.getByRole("heading", { name: "Дорожная карта (1)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Реестр ОО (3)" })).toBeInTheDocument();
    const school = screen.getByRole("heading", { name: "МБОУ «СОШ № 10»" });
    const list = school.nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Ошибка H12 — Пункт 8 просрочен", "Предупреждение I12 — Срок пункта 9 через 5 дн."]);
    expect(screen.getByRole("heading", { name: "Общие замечания" })).toBeInTheDocument();
  });

  it("passes the settings the user changed to check", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);

    await typeDate(user, "15092024");
    await user.selectOptions(screen.getByLabelText("Отчётный квартал"), "2024-Q3");
    await user.type(screen.getByLabelText("Год создания Кванториума"), "2024");
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await waitFor(() =>
      expect(service.check).toHaveBeenCalledWith(
        { asOf: "2024-09-15", quarter: "2024-Q3", dueSoonDays: 14, creationYear: 2024 },
        "ru",
        expect.any(Function),
      ),
    );
  });

  it("selects the finding's cell when the finding is clicked", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await showAll(user);

    await user.click(await screen.findByRole("button", { name: /H12 — Пункт 8 просрочен/ }));

    expect(service.selectCell).toHaveBeenCalledWith("Реестр ОО", "H12");
  });

  it("shows the Russian sentence for a protected sheet in an error message bar", async () => {
    const service = fakeService();
    service.check.mockRejectedValue(new MonitorError("sheet-protected", { sheet: "Реестр ОО" }));
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Проверить" }));

    const bar = await screen.findByText(/Лист защищён/);
    expect(bar).toHaveTextContent("Снимите защиту (Рецензирование → Снять защиту листа)");
    expect(bar).toHaveTextContent("Лист: «Реестр ОО».");
    expect(screen.getByText("Не получилось.")).toBeInTheDocument();
    expect(service.saveSettings).not.toHaveBeenCalled();
  });

  it("shows a generic sentence, not the exception text, for an unexpected error", async () => {
    const service = fakeService();
    service.check.mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'values')"));
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await screen.findByText(/Что-то пошло не так/);
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();
  });

  it("speaks English when lang is en", async () => {
    const service = fakeService();
    const user = renderApp(service, "en");
    await ready(service);

    for (const name of ["Validate", "Build report", "Clear highlighting", "New workbook"])
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    await openSettings(user);
    expect(screen.getByLabelText("As-of date")).toHaveAttribute("placeholder", "DD.MM.YYYY");
    await user.click(screen.getByRole("button", { name: "Validate" }));

    await screen.findByText(/^2 errors, 2 warnings\. Cells checked: 412\.$/);
    expect(service.check).toHaveBeenCalledWith(expect.anything(), "en", expect.any(Function));
    expect(screen.queryByText("Проверить")).not.toBeInTheDocument();
  });

  it("reaches every action with Tab and runs the check with Enter", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);

    const names = ["Проверить", "Сформировать отчёт", "Снять выделение", "Создать шаблон"];
    const reached: string[] = [];
    for (let i = 0; i < 20 && reached.length < names.length; i++) {
      await user.tab();
      const label = document.activeElement?.textContent ?? "";
      if (names.includes(label)) reached.push(label);
    }
    expect(reached).toEqual(names);

    screen.getByRole("button", { name: "Проверить" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(service.check).toHaveBeenCalledTimes(1));
  });

  it("filters findings by severity and by text", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await showAll(user);

    await user.selectOptions(screen.getByLabelText("Показывать"), "warning");
    expect(screen.queryByRole("button", { name: /H12/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /I12/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /H13/ })).toBeInTheDocument();

    await user.type(screen.getByLabelText("Поиск по замечаниям"), "лицей");
    expect(screen.queryByRole("button", { name: /I12/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /H13/ })).toBeInTheDocument();

    await user.type(screen.getByLabelText("Поиск по замечаниям"), "xyz");
    expect(screen.getByText("Под фильтр ничего не подходит.")).toBeInTheDocument();
  });

  it("builds the report, clears and creates a template through the service", async () => {
    const service = fakeService({ ...DEFAULT_SETTINGS, creationYear: 2025 });
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Сформировать отчёт" }));
    await screen.findByText("Отчёт сформирован на листе «Отчёт 3 кв. 2024».");
    await user.click(screen.getByRole("button", { name: "Снять выделение" }));
    await screen.findByText(/Выделение снято/);
    expect(screen.queryByTestId("summary")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Создать шаблон" }));
    await screen.findByText("Шаблон книги мониторинга создан.");

    expect(service.buildReport).toHaveBeenCalledWith(
      expect.objectContaining({ creationYear: 2025 }),
      "ru",
      expect.any(Function),
    );
    expect(service.clear).toHaveBeenCalledTimes(1);
    // The template year is the roadmap's by default, not the Kvantorium creation year.
    expect(service.createTemplate).toHaveBeenCalledWith(2024, "ru");
  });

  it("shows the progress step while the service works", async () => {
    const service = fakeService();
    let finish: () => void = () => undefined;
    service.check.mockImplementation(async (_s, _l, onProgress) => {
      onProgress?.("paint", 0.5);
      await new Promise<void>((resolve) => (finish = resolve));
      return result();
    });
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Проверить" }));

    expect(await screen.findByText("Раскраска ячеек…")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Проверить" })).toHaveAttribute("aria-disabled", "true");
    finish();
    await screen.findByTestId("summary");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("saves a hand-made sheet mapping in the workbook and re-detects the layout", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Сопоставление листов и столбцов" }));
    await waitFor(() => expect(service.detectLayout).toHaveBeenCalledTimes(1));
    const roadmap = await screen.findByLabelText("Лист «Дорожная карта»");
    await waitFor(() => expect(roadmap).toHaveValue("Дорожная карта"));
    await user.type(screen.getByLabelText("Лист «Показатели»"), "Индикаторы 2024");
    await user.click(screen.getByRole("button", { name: "Сохранить сопоставление" }));

    await screen.findByText("Сопоставление сохранено в книге.");
    expect(service.saveSettings).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      mapping: { sheets: { indicators: "Индикаторы 2024" } },
    });
    expect(service.detectLayout).toHaveBeenLastCalledWith(
      expect.objectContaining({ mapping: { sheets: { indicators: "Индикаторы 2024" } } }),
    );
  });

  it("says there are no findings when the check finds none", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(result([]));
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Проверить" }));

    expect(await screen.findByText(/Замечаний нет/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Показывать")).not.toBeInTheDocument();
  });

  it("shows only a page of findings at a time and more on request", async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      finding({ sheet: "Реестр ОО", cell: `H${i + 2}`, row: i + 1, message: `Замечание ${i + 1}` }),
    );
    const service = fakeService();
    service.check.mockResolvedValue(result(many));
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await showAll(user);

    expect(await screen.findByText("Показано 200 из 250.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Замечание 201$/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Показать ещё" }));
    expect(screen.getByRole("button", { name: /Замечание 250$/ })).toBeInTheDocument();
  });
  it("saves hand-typed column letters upper-case in mapping.columns, with the sheets, and re-detects", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Сопоставление листов и столбцов" }));
    // The roadmap's deadline was detected in column E (index 4); the box shows it.
    const deadline = await screen.findByLabelText("Срок *");
    await waitFor(() => expect(deadline).toHaveValue("E"));
    expect(screen.getByLabelText("Ответственный")).toHaveAttribute("placeholder", "—");
    await user.type(screen.getByLabelText("Дата исполнения *"), "h");
    await user.type(screen.getByLabelText("Лист «Показатели»"), "Индикаторы 2024");
    await user.click(screen.getByRole("button", { name: "Сохранить сопоставление" }));

    await screen.findByText("Сопоставление сохранено в книге.");
    const mapping = { sheets: { indicators: "Индикаторы 2024" }, columns: { roadmap: { doneDate: "H" } } };
    expect(service.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, mapping });
    expect(service.detectLayout).toHaveBeenLastCalledWith(expect.objectContaining({ mapping }));
  });

  it("does not save a column box that is not a column letter, and says why", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);

    await user.click(screen.getByRole("button", { name: "Сопоставление листов и столбцов" }));
    const done = await screen.findByLabelText("Дата исполнения *");
    await user.type(done, "12");
    expect(screen.getByText("Введите букву столбца латиницей: от A до XFD, например H.")).toBeInTheDocument();
    expect(done).toHaveAttribute("aria-invalid", "true");
    screen.getByRole("button", { name: "Сохранить сопоставление" }).focus();
    await user.keyboard("{Enter}");

    expect(await screen.findByText(/Сопоставление не сохранено/)).toHaveAttribute("role", "alert");
    expect(done).toHaveFocus();
    expect(service.saveSettings).not.toHaveBeenCalled();
  });

  it("checks on the chosen as-of date but saves the settings without it", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);

    await typeDate(user, "15.09.2024");
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await screen.findByTestId("summary");
    expect(service.check).toHaveBeenCalledWith(
      expect.objectContaining({ asOf: "2024-09-15" }),
      "ru",
      expect.any(Function),
    );
    expect(service.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, asOf: null });
    expect(screen.getByLabelText("Дата проверки")).toHaveValue("15.09.2024");
  });

  it("opens on today even when an old as-of date was saved in the workbook", async () => {
    const service = fakeService({ ...DEFAULT_SETTINGS, asOf: "2023-01-10", dueSoonDays: 7 });
    const user = renderApp(service);
    await ready(service);

    expect(screen.getByTestId("settings-line")).toHaveTextContent(
      "На 01.10.2024, квартал: Авто (последний начавшийся), предупреждать за 7 дней.",
    );
    await openSettings(user);
    expect(screen.getByLabelText("Дата проверки")).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await waitFor(() =>
      expect(service.check).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, dueSoonDays: 7 }, "ru", expect.any(Function)),
    );
  });

  it("keeps a date chosen before a new workbook opens, and takes the workbook's other settings", async () => {
    const before = fakeService();
    const user = userEvent.setup();
    const page = (service: MonitorService) => (
      <FluentProvider theme={webLightTheme}>
        <App service={service} lang="ru" today="2024-10-01" />
      </FluentProvider>
    );
    const { rerender } = render(page(before));
    await ready(before);
    await typeDate(user, "15.09.2024");

    const opened = fakeService({ ...DEFAULT_SETTINGS, asOf: "2023-01-10", dueSoonDays: 7 });
    rerender(page(opened));
    await ready(opened);
    expect(screen.getByLabelText("Дата проверки")).toHaveValue("15.09.2024");
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await waitFor(() =>
      expect(opened.check).toHaveBeenCalledWith(
        { ...DEFAULT_SETTINGS, asOf: "2024-09-15", dueSoonDays: 7 },
        "ru",
        expect.any(Function),
      ),
    );
  });

  it("shows findings as text with a note, not as buttons, where cells cannot be selected", async () => {
    const service = fakeService();
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App service={service} lang="ru" today="2024-10-01" canSelectCells={false} />
      </FluentProvider>,
    );
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await showAll(user);

    expect(
      await screen.findByText(/^Здесь открыт файл, а не книга в Excel, поэтому перейти к ячейке нельзя/),
    ).toBeInTheDocument();
    expect(screen.getByText("Пункт 8 просрочен", { exact: false })).toHaveTextContent("Ошибка H12 — Пункт 8 просрочен");
    expect(screen.queryByRole("button", { name: /H12/ })).not.toBeInTheDocument();
  });

  it("shows no selection note in Excel, where findings select their cells", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    await showAll(user);
    await screen.findByRole("button", { name: /H12/ });
    expect(screen.queryByText(/Здесь открыт файл/)).not.toBeInTheDocument();
  });
});
