/** @jest-environment jsdom */
import "./setup";
import { act, screen } from "@testing-library/react";
import { detectHost } from "../../src/taskpane/host";
import { renderApp } from "../../src/taskpane/render";
import { fakeService } from "./fake-service";

type OfficeStub = { onReady: () => Promise<{ host: string | null }>; HostType: { Excel: string }; context: object };

function setOffice(office: OfficeStub | undefined) {
  (globalThis as unknown as { Office?: OfficeStub }).Office = office;
}

function office(host: string | null, displayLanguage: string, theme: object): OfficeStub {
  return {
    onReady: async () => ({ host }),
    HostType: { Excel: "Excel" },
    context: { displayLanguage, officeTheme: theme },
  };
}

afterEach(() => {
  setOffice(undefined);
  window.history.replaceState(null, "", "/");
});

describe("detectHost", () => {
  it("is not hosted, and Russian, when office.js did not load", async () => {
    setOffice(undefined);
    await expect(detectHost()).resolves.toEqual({ hosted: false, lang: "ru", theme: "light" });
  });

  it("is not hosted when office.js runs outside Office (host null)", async () => {
    setOffice(office(null, "en-US", {}));
    await expect(detectHost()).resolves.toMatchObject({ hosted: false, lang: "ru" });
  });

  it("takes English from ?lang=en on a plain page", async () => {
    window.history.replaceState(null, "", "/taskpane.html?lang=en");
    await expect(detectHost()).resolves.toMatchObject({ hosted: false, lang: "en" });
  });

  it.each([
    ["ru-RU", { isDarkTheme: false }, "ru", "light"],
    ["en-GB", { isDarkTheme: true }, "en", "dark"],
    ["kk-KZ", { bodyBackgroundColor: "#262626" }, "en", "dark"],
  ])("inside Excel with %s and theme %p picks %s / %s", async (language, theme, lang, name) => {
    setOffice(office("Excel", language, theme));
    await expect(detectHost()).resolves.toEqual({ hosted: true, lang, theme: name });
  });
});

describe("renderApp", () => {
  it("opens the web page's file mode when there is no workbook service", async () => {
    const root = document.body.appendChild(document.createElement("div"));
    let r: ReturnType<typeof renderApp> | undefined;
    act(() => {
      r = renderApp(root, null, "ru", "dark");
    });
    expect(await screen.findByRole("button", { name: "Открыть файл .xlsx" })).toBeInTheDocument();
    // The file actions wait for a file; the template needs none.
    expect(screen.getByRole("button", { name: "Проверить" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Создать шаблон" })).not.toHaveAttribute("aria-disabled", "true");
    act(() => r?.unmount());
  });

  it("renders the full pane on a service", async () => {
    const root = document.body.appendChild(document.createElement("div"));
    const service = fakeService();
    let r: ReturnType<typeof renderApp> | undefined;
    act(() => {
      r = renderApp(root, service, "en", "light");
    });
    expect(await screen.findByRole("button", { name: "Validate" })).toBeInTheDocument();
    expect(service.loadSettings).toHaveBeenCalled();
    act(() => r?.unmount());
  });
});
