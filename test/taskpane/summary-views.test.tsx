/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/app";
import { maskDate, parseDotted } from "../../src/taskpane/components/date-field";
import type { MonitorService } from "../../src/app/monitor-types";
import type { Lang } from "../../src/domain/finding";
import { DATA_ERROR_FILL, LEGEND, STATUS_FILL } from "../../src/domain/palette";
import type { MeasureResult } from "../../src/engine/types";
import { countText, pluralForm } from "../../src/i18n/plural";
import { itemRows, schoolRows } from "../../src/taskpane/school-summary";
import { fakeService, finding, result } from "./fake-service";

const A = "МБОУ «СОШ № 10»";
const B = "МОУ «Лицей № 1»";
const C = "МОУ «Гимназия № 2»";

const measure = (number: string, title: string): MeasureResult => ({
  sheet: "Дорожная карта",
  row: Number(number) + 2,
  number,
  title,
  deadline: { text: "", kind: "date", due: null, occurrences: [] },
  status: "overdue",
  perSchool: true,
  doneDates: [],
  document: "",
});

const overdue = (school: string, item: string, cell: string) =>
  finding({ sheet: "Реестр ОО", cell, school, measure: item, message: `Пункт ${item} просрочен (${school})` });

/** Three schools: B is worst (two overdue), A has one overdue and a data error, C only a warning. */
function regionResult() {
  const findings = [
    overdue(A, "8", "H12"),
    finding({ sheet: "Показатели", cell: "F7", school: A, rule: "value-not-number", message: "не число" }),
    overdue(B, "8", "H13"),
    overdue(B, "9", "I13"),
    finding({
      sheet: "Реестр ОО",
      cell: "J14",
      school: C,
      severity: "warning",
      rule: "done-without-date",
      message: "без даты",
    }),
  ];
  const r = result(findings);
  r.measures = [measure("8", "Оборудование получено"), measure("9", "Фотомониторинг")];
  r.paint = [
    { sheet: "Реестр ОО", row: 11, col: 7, fill: STATUS_FILL.overdue as string, status: "overdue" },
    { sheet: "Реестр ОО", row: 12, col: 7, fill: STATUS_FILL.overdue as string, status: "overdue" },
    { sheet: "Реестр ОО", row: 10, col: 7, fill: STATUS_FILL["done-on-time"] as string, status: "done-on-time" },
    { sheet: "Показатели", row: 6, col: 5, fill: DATA_ERROR_FILL },
    { sheet: "Реестр ОО", row: 13, col: 9, fill: STATUS_FILL["due-soon"] as string },
  ];
  return r;
}

function renderApp(service: MonitorService, lang: Lang = "ru", canSelectCells = true) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App service={service} lang={lang} today="2024-10-01" canSelectCells={canSelectCells} />
    </FluentProvider>,
  );
  return user;
}

async function ready(service: jest.Mocked<MonitorService>) {
  await waitFor(() => expect(service.loadSettings).toHaveBeenCalled());
  await waitFor(() => expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "false"));
}

describe("the summary under the buttons", () => {
  it("moves the focus to the result after a button, inside a polite live region", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    const area = await screen.findByTestId("result");
    await waitFor(() => expect(area).toHaveFocus());
    expect(within(area).getByRole("status")).toHaveAttribute("aria-live", "polite");
    expect(within(area).getByRole("heading", { name: "Итог проверки на 01.10.2024" })).toBeInTheDocument();
    // The result comes before the settings and the findings in the page.
    const settings = screen.getByRole("button", { name: /^Параметры проверки/ });
    expect(area.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Создать шаблон" }));
    await screen.findByText("Шаблон книги мониторинга создан.");
    await waitFor(() => expect(area).toHaveFocus());
  });

  it("counts the cells per colour in the cells' own colours, only those there are", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    const list = await screen.findByRole("list", { name: "Раскрашено ячеек" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => [li.getAttribute("data-kind"), li.textContent])).toEqual([
      ["done-on-time", "Выполнено в срок: 1"],
      ["overdue", "Просрочено: 2"],
      ["data-error", "Неверные данные: не дата, не число, дата в будущем и т. п.: 1"],
      ["warning", "Предупреждение или не указана дата выполнения: 1"],
    ]);
    const swatch = items[1].querySelector("[data-fill]") as HTMLElement;
    expect(swatch.getAttribute("data-fill")).toBe(STATUS_FILL.overdue);
    expect(swatch.style.backgroundColor).toBe("rgb(255, 199, 206)");
  });

  it("has a complete legend beside the colours: every status, red for wrong data, yellow for a warning", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await user.click(await screen.findByRole("button", { name: "Что значат цвета" }));

    const legend = screen.getByTestId("legend");
    const kinds = within(legend)
      .getAllByRole("listitem")
      .map((li) => li.getAttribute("data-kind"));
    // Keyed by the palette's statuses, so done-undated shows as soon as the palette has it.
    expect(kinds).toEqual([...LEGEND.map((l) => l.status), "data-error", "warning"]);
    const red = within(legend).getByText(/^Неверные данные/).previousElementSibling;
    expect(red?.getAttribute("data-fill")).toBe(DATA_ERROR_FILL);
    const yellow = within(legend).getByText(/^Предупреждение или не указана дата/).previousElementSibling;
    expect(yellow?.getAttribute("data-fill")).toBe(STATUS_FILL["due-soon"]);
  });

  it("shows no informational filter when nothing is informational, and offers it when something is", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await user.click(await screen.findByRole("button", { name: "Все замечания" }));
    const options = within(screen.getByLabelText("Показывать"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual(["Все", "Только ошибки", "Только предупреждения"]);
    expect(screen.queryByText(/сведени/i)).not.toBeInTheDocument();
  });
});

describe("«По школам» and «По пунктам»", () => {
  it("lists the schools worst first and filters the findings to the one clicked", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));

    expect(await screen.findByRole("button", { name: "По школам" })).toHaveAttribute("aria-pressed", "true");
    const rows = within(screen.getByTestId("school-view")).getAllByRole("button");
    expect(rows.map((b) => b.textContent)).toEqual([
      `${B}2 просроченных пункта`,
      `${A}1 просроченный пункт · 1 ошибка в данных`,
      `${C}1 предупреждение`,
    ]);

    await user.click(rows[1]);
    expect(screen.getByRole("button", { name: "Все замечания" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("focus")).toHaveTextContent(`Школа: ${A}`);
    expect(screen.getByRole("button", { name: /H12/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /F7/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /H13/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Сбросить фильтр" }));
    expect(screen.getByRole("button", { name: /H13/ })).toBeInTheDocument();
  });

  it("counts the schools overdue on each item and shows them on a click", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await user.click(await screen.findByRole("button", { name: "По пунктам" }));

    const rows = within(screen.getByTestId("item-view")).getAllByRole("button");
    expect(rows.map((b) => b.textContent)).toEqual([
      "Пункт 8: 2 школы просрочилиОборудование получено",
      "Пункт 9: 1 школа просрочилаФотомониторинг",
    ]);
    await user.click(rows[0]);
    expect(screen.getByTestId("focus")).toHaveTextContent("Пункт 8");
    expect(screen.getByRole("button", { name: /H12/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /H13/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /I13/ })).not.toBeInTheDocument();
  });

  it("speaks English with English plurals", async () => {
    const service = fakeService();
    service.check.mockResolvedValue(regionResult());
    const user = renderApp(service, "en");
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Validate" }));
    const rows = within(await screen.findByTestId("school-view")).getAllByRole("button");
    expect(rows[1]).toHaveTextContent(`${A}1 overdue item · 1 data error`);
    expect(screen.getByTestId("severity-sentence")).toHaveTextContent(/^4 errors, 1 warning\./);
  });

  it("builds the rows from findings alone", () => {
    const r = regionResult();
    expect(schoolRows(r.findings).map((s) => s.school)).toEqual([B, A, C]);
    expect(itemRows(r.findings, r.measures)).toEqual([
      { item: "8", title: "Оборудование получено", schools: 2 },
      { item: "9", title: "Фотомониторинг", schools: 1 },
    ]);
  });
});

describe("dates and years in the pane", () => {
  it.each([
    ["0", "", "0"],
    ["01", "0", "01."],
    ["01.1", "01.", "01.1"],
    ["01.10", "01.1", "01.10."],
    ["01.10..", "01.10.", "01.10."],
    ["01.10.2024", "01.10.202", "01.10.2024"],
    ["01102024", "", "01.10.2024"],
    ["1.10.2024", "1.10.202", "1.10.2024"],
    ["01.10.20245", "01.10.2024", "01.10.2024"],
    ["01", "01.", "01"],
  ])("masks %j (after %j) as %j", (next, previous, shown) => {
    expect(maskDate(next, previous)).toBe(shown);
  });

  it.each([
    ["01.10.2024", "2024-10-01"],
    ["1.10.2024", "2024-10-01"],
    ["29.02.2024", "2024-02-29"],
    ["29.02.2023", null],
    ["2024-10-01", null],
    ["10/01/2024", null],
  ])("reads %j as %j", (text, iso) => {
    expect(parseDotted(text)).toBe(iso);
  });

  it("shows the as-of date as ДД.ММ.ГГГГ, says the format when a date is wrong, and takes a real one", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: /^Параметры проверки/ }));
    const field = screen.getByLabelText("Дата проверки");
    expect(field).toHaveAttribute("type", "text");
    expect(field).toHaveAttribute("placeholder", "ДД.ММ.ГГГГ");
    await user.type(field, "31.02.2024");
    await user.tab();
    expect(
      screen.getByText("Введите дату в виде ДД.ММ.ГГГГ, например 01.10.2024, или оставьте поле пустым."),
    ).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, "15092024");
    expect(field).toHaveValue("15.09.2024");
    expect(screen.getByTestId("settings-line")).toHaveTextContent(/^На 15\.09\.2024,/);
  });

  it("creates the template for the roadmap year by default, the as-of year once chosen, or a typed year", async () => {
    const service = fakeService();
    const user = renderApp(service);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Создать шаблон" }));
    await waitFor(() => expect(service.createTemplate).toHaveBeenLastCalledWith(2024, "ru"));

    await user.click(screen.getByRole("button", { name: /^Параметры проверки/ }));
    await user.type(screen.getByLabelText("Дата проверки"), "15.01.2025");
    expect(screen.getByLabelText("Год шаблона")).toHaveValue("2025");
    await user.click(screen.getByRole("button", { name: "Создать шаблон" }));
    await waitFor(() => expect(service.createTemplate).toHaveBeenLastCalledWith(2025, "ru"));

    await user.clear(screen.getByLabelText("Год шаблона"));
    await user.type(screen.getByLabelText("Год шаблона"), "2026");
    await user.click(screen.getByRole("button", { name: "Создать шаблон" }));
    await waitFor(() => expect(service.createTemplate).toHaveBeenLastCalledWith(2026, "ru"));
  });

  it("says where the report is on the web page, and that the download opens on it", async () => {
    const service = fakeService();
    const user = renderApp(service, "ru", false);
    await ready(service);
    await user.click(screen.getByRole("button", { name: "Сформировать отчёт" }));
    expect(
      await screen.findByText(
        "Отчёт сформирован на листе «Отчёт 3 кв. 2024» проверенной книги. Скачайте её кнопкой «Скачать проверенную книгу» — она откроется на листе отчёта.",
      ),
    ).toBeInTheDocument();
  });
});

describe("plural forms (CLDR rules through make-plural)", () => {
  it("agree with the runtime's Intl.PluralRules wherever it exists", () => {
    const forms = { one: "one", few: "few", many: "many", other: "other" };
    for (const [lang, locale] of [
      ["ru", "ru-RU"],
      ["en", "en-GB"],
    ] as const) {
      const intl = new Intl.PluralRules(locale);
      for (const n of [...Array.from({ length: 250 }, (_, i) => i), 1001, 1011, 1021, 0.5, 1.5, 2.25]) {
        expect([n, pluralForm(lang, n, forms)]).toEqual([n, intl.select(n)]);
      }
    }
  });

  it.each([
    [1, "1 день"],
    [2, "2 дня"],
    [5, "5 дней"],
    [11, "11 дней"],
    [21, "21 день"],
    [24, "24 дня"],
  ])("Russian: %d → %s", (n, text) => {
    expect(countText("ru", n, "day")).toBe(text);
  });

  it.each([
    [1, "1 day"],
    [2, "2 days"],
    [0, "0 days"],
  ])("English: %d → %s", (n, text) => {
    expect(countText("en", n, "day")).toBe(text);
  });

  it("falls back to the other form for a category a word lacks", () => {
    expect(pluralForm("ru", 1.5, { one: "день", other: "дня" })).toBe("дня");
  });
});
