/** @jest-environment jsdom */
import "./setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { FileMode } from "../../src/taskpane/file-mode/file-mode";
import { openWorkbookFile } from "../../src/taskpane/file-mode/file-session";
import { MonitorError } from "../../src/app/workbook-gateway";
import { fakeService } from "./fake-service";

// The real opener needs the .xlsx library; here the opened file is a service double.
jest.mock("../../src/taskpane/file-mode/file-session", () => ({
  ...jest.requireActual("../../src/taskpane/file-mode/file-session"),
  openWorkbookFile: jest.fn(),
}));

describe("web page file mode", () => {
  it("keeps the date chosen before the file opened, and shows findings as text with a note", async () => {
    // The file remembers an old date and its own warning window.
    const service = fakeService({ ...DEFAULT_SETTINGS, asOf: "2023-01-10", dueSoonDays: 7 });
    jest.mocked(openWorkbookFile).mockImplementation(async (name) => ({
      name,
      service,
      toBytes: async () => new Uint8Array(),
    }));
    const user = userEvent.setup();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileMode lang="ru" today="2024-10-01" />
      </FluentProvider>,
    );

    await user.click(screen.getByRole("button", { name: /^Параметры проверки/ }));
    await user.type(screen.getByLabelText("Дата проверки"), "15.09.2024");
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    // jsdom's File has no arrayBuffer(); the browser's does.
    const file = Object.assign(new File(["PK"], "Мониторинг.xlsx"), { arrayBuffer: async () => new ArrayBuffer(2) });
    await user.upload(input, file);
    await screen.findByText("Сейчас открыт файл «Мониторинг.xlsx».");
    await waitFor(() => expect(service.loadSettings).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "false"));

    expect(screen.getByLabelText("Дата проверки")).toHaveValue("15.09.2024");
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await user.click(await screen.findByRole("button", { name: "Все замечания" }));

    expect(await screen.findByText(/^Здесь открыт файл, а не книга в Excel/)).toBeInTheDocument();
    expect(service.check).toHaveBeenCalledWith(
      { ...DEFAULT_SETTINGS, asOf: "2024-09-15", dueSoonDays: 7 },
      "ru",
      expect.any(Function),
    );
    expect(service.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, asOf: null, dueSoonDays: 7 });
    expect(screen.getByText("Пункт 8 просрочен", { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /H12/ })).not.toBeInTheDocument();
  });

  it("names the file it could not open, and drops the previous file, its results and old messages", async () => {
    const service = fakeService();
    jest.mocked(openWorkbookFile).mockImplementationOnce(async (name) => ({
      name,
      service,
      toBytes: async () => new Uint8Array(),
    }));
    jest.mocked(openWorkbookFile).mockRejectedValueOnce(new MonitorError("not-xlsx"));
    const user = userEvent.setup();
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileMode lang="ru" today="2024-10-01" />
      </FluentProvider>,
    );
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    const file = (name: string) =>
      Object.assign(new File(["PK"], name), { arrayBuffer: async () => new ArrayBuffer(2) });
    await user.upload(input, file("Мониторинг.xlsx"));
    await screen.findByText("Сейчас открыт файл «Мониторинг.xlsx».");
    await waitFor(() => expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "false"));
    await user.click(screen.getByRole("button", { name: "Проверить" }));
    await screen.findByTestId("summary");
    await user.click(screen.getByRole("button", { name: "Создать шаблон" }));
    await screen.findByText("Шаблон книги мониторинга создан.");

    await user.upload(input, file("Список.xlsx"));

    const error = await screen.findByText(/^Не удалось открыть файл «Список\.xlsx»\./);
    expect(error).toHaveTextContent(
      "Не удалось открыть файл «Список.xlsx». Это не книга Excel в формате .xlsx. Сохраните файл как «Книга Excel (.xlsx)» и откройте снова.",
    );
    await waitFor(() => expect(screen.queryByText("Шаблон книги мониторинга создан.")).not.toBeInTheDocument());
    expect(screen.queryByText(/Сейчас открыт файл/)).not.toBeInTheDocument();
    expect(screen.queryByTestId("summary")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Проверить" })).toHaveAttribute("aria-disabled", "true");
  });
});
