import { DoubleWorkbook, installExcelDouble } from "../excel-double";

/**
 * The ribbon's «Проверить» on the Excel double: it checks with the saved settings, writes
 * «Замечания», brings it to the front and always releases the button (event.completed).
 */
const associated = new Map<string, (event: Office.AddinCommands.Event) => Promise<void>>();
let uninstall: () => void;

beforeAll(() => {
  jest.useFakeTimers({
    now: new Date("2024-10-01T09:00:00Z"),
    doNotFake: ["nextTick", "setImmediate", "queueMicrotask"],
  });
});
afterAll(() => jest.useRealTimers());
afterEach(() => uninstall?.());

function install(book: DoubleWorkbook): void {
  uninstall = installExcelDouble(book);
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  office.actions = { associate: (name: string, f: never) => associated.set(name, f) };
  jest.isolateModules(() => {
    // The module registers itself with Office when loaded: a fresh copy per test, synchronously.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/commands/commands");
  });
}

function roadmap(book: DoubleWorkbook): void {
  book.addSheet("Дорожная карта", [
    ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"],
    ["5", "Объявлены закупки", "не позднее 15 февраля 2024 года", "", ""],
  ]);
  book.addSheet("Реестр ОО", [
    ["№", "Образовательная организация", "п. 8 Оборудование"],
    [1, "МОУ «СОШ № 1»", ""],
  ]);
}

it("registers runCheck, checks the workbook, shows «Замечания» and completes the event", async () => {
  const book = new DoubleWorkbook();
  roadmap(book);
  install(book);
  const completed = jest.fn();
  await associated.get("runCheck")!({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(book.find("Замечания")).toBeDefined();
  expect(book.selection).toBe("'Замечания'!A2");
  // Item 5 is overdue as of 2024-10-01: its empty done-date cell is painted red.
  expect(book.sheet("Дорожная карта").cellAt(1, 3).fill).toMatchObject({ color: "#FFC7CE" });
});

it("explains a failure (cell in edit mode) in a dialog and still completes the event", async () => {
  const book = new DoubleWorkbook();
  roadmap(book);
  install(book);
  book.editMode = true;
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  const shown: string[] = [];
  office.AsyncResultStatus = { Succeeded: "succeeded" };
  office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
  const closed = jest.fn();
  (office.context as Record<string, unknown>).ui = {
    displayDialogAsync: (url: string, _o: unknown, cb: (r: { status: string; value: unknown }) => void) => {
      shown.push(url);
      const handlers = new Map<string, () => void>();
      cb({
        status: "succeeded",
        value: { addEventHandler: (type: string, h: () => void) => handlers.set(type, h), close: closed },
      });
      // The user presses «Закрыть» in the dialog a moment later.
      setImmediate(() => handlers.get("dialogMessageReceived")?.());
    },
  };
  const completed = jest.fn();
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await associated.get("runCheck")!({ completed } as unknown as Office.AddinCommands.Event);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(error).toHaveBeenCalled();
  expect(book.find("Замечания")).toBeUndefined();
  // The failure is explained in the pane's own words, in a dialog.
  expect(shown).toHaveLength(1);
  const url = new URL(shown[0]);
  expect(url.pathname).toMatch(/message\.html$/);
  expect(url.searchParams.get("text")).toMatch(/Excel ждёт, пока вы закончите ввод/);
  // The button is released only after the dialog is closed, so the dialog can still be closed.
  expect(closed).toHaveBeenCalledTimes(1);
  error.mockRestore();
});

it("brings the sheet it wrote to the front, not the user's own «Замечания»", async () => {
  const book = new DoubleWorkbook();
  roadmap(book);
  book.addSheet("Замечания", [["мои заметки"]]);
  install(book);
  await associated.get("runCheck")!({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
  expect(book.sheet("Замечания").cellAt(0, 0).value).toBe("мои заметки");
  expect(book.selection).toBe("'Замечания (2)'!A2");
});
