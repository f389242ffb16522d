/**
 * The ribbon command's message dialog: shows the text passed in the address and closes on
 * request. Text only (textContent), never HTML, so nothing in a message can run.
 */
const params = new URLSearchParams(window.location.search);
const en = params.get("lang") === "en";

function byId(id: string): HTMLElement {
  return document.getElementById(id) as HTMLElement;
}

byId("title").textContent = en ? "Kvantorium Monitor could not check the workbook" : "Проверка не выполнена";
byId("text").textContent = params.get("text") ?? "";
const closeButton = byId("close");
closeButton.textContent = en ? "Close" : "Закрыть";
closeButton.addEventListener("click", () => {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("close");
  else window.close();
});
closeButton.focus();
if (typeof Office !== "undefined") Office.onReady(() => undefined);
export {};
