/** @jest-environment jsdom */
import "./setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DeadlineReadings } from "../../src/taskpane/components/deadline-readings";
import { checkWorkbook } from "../../src/engine/check";
import type { Lang } from "../../src/domain/finding";
import { stringsFor } from "../../src/i18n";
import { busyWorkbook, options } from "../helpers/snapshot-builder";

function show(lang: Lang = "ru") {
  const { context: _ctx, ...result } = checkWorkbook(busyWorkbook(), options({ lang }));
  render(
    <FluentProvider theme={webLightTheme}>
      <DeadlineReadings t={stringsFor(lang)} lang={lang} result={result} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

const item = (n: string) => document.querySelector(`li[data-item="${n}"]`) as HTMLElement;

describe("DeadlineReadings (task pane)", () => {
  it("is folded under a header that counts the items without a date", async () => {
    show();
    const header = screen.getByRole("button", { name: "Как прочитаны сроки (без даты: 1)" });
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(document.querySelectorAll("li[data-item]")).toHaveLength(0);
  });

  it("shows each roadmap item's «Срок» and how it was read, in plain Russian", async () => {
    const user = show();
    await user.click(screen.getByRole("button", { name: /Как прочитаны сроки/ }));
    expect(document.querySelectorAll("li[data-item]")).toHaveLength(9);
    expect(within(item("13")).getByText("ежеквартально: 01.10.2024, 01.01.2025, 01.04.2025…")).toBeInTheDocument();
    expect(within(item("13")).getByText("«не позднее 1 октября 2024 года, далее ежеквартально»")).toBeInTheDocument();
    expect(within(item("5")).getByText("не позднее 15.02.2024")).toBeInTheDocument();
    expect(within(item("3")).getByText("до 01.02.2024, то есть не позднее 31.01.2024")).toBeInTheDocument();
    expect(within(item("11")).getByText("до конца периода, не позднее 31.12.2024")).toBeInTheDocument();
    expect(within(item("2")).getByText("срок не определён: по графику — впишите «Срок (дата)»")).toBeInTheDocument();
  });

  it("speaks English in English Office", async () => {
    const user = show("en");
    await user.click(screen.getByRole("button", { name: "How the deadlines were read (without a date: 1)" }));
    expect(within(item("13")).getByText("quarterly: 01.10.2024, 01.01.2025, 01.04.2025…")).toBeInTheDocument();
    expect(
      within(item("2")).getByText("no deadline yet: set by a schedule — fill in «Срок (дата)»"),
    ).toBeInTheDocument();
  });

  it("shows nothing before a check", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <DeadlineReadings t={stringsFor("ru")} lang="ru" result={null} />
      </FluentProvider>,
    );
    expect(screen.queryByText(/Как прочитаны сроки/)).toBeNull();
  });
});
