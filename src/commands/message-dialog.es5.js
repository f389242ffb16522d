/*
 * The ribbon command's message dialog: shows the text passed in the address and closes on
 * request. Text only (a text node), never HTML, so nothing in a message can run. Plain ES5,
 * not bundled: the dialog also explains, in Internet Explorer 11, why the check cannot run.
 */
(function () {
  "use strict";

  /** One query parameter, decoded (no URLSearchParams in Internet Explorer 11). */
  function param(name) {
    var pairs = window.location.search.replace(/^\?/, "").split("&");
    for (var i = 0; i < pairs.length; i++) {
      var eq = pairs[i].indexOf("=");
      var key = eq < 0 ? pairs[i] : pairs[i].slice(0, eq);
      if (decodeURIComponent(key) === name) {
        try {
          return decodeURIComponent(pairs[i].slice(eq + 1).replace(/\+/g, " "));
        } catch (e) {
          return "";
        }
      }
    }
    return "";
  }

  function setText(id, text) {
    var node = document.getElementById(id);
    while (node.firstChild) node.removeChild(node.firstChild);
    node.appendChild(document.createTextNode(text));
    return node;
  }

  var en = param("lang") === "en";
  var title = param("title");
  setText("title", title || (en ? "Kvantorium Monitor could not check the workbook" : "Проверка не выполнена"));
  setText("text", param("text"));
  var closeButton = setText("close", en ? "Close" : "Закрыть");
  closeButton.onclick = function () {
    var ui = window.Office && window.Office.context && window.Office.context.ui;
    if (ui && ui.messageParent) ui.messageParent("close");
    else window.close();
  };
  closeButton.focus();
  if (window.Office && typeof window.Office.onReady === "function") window.Office.onReady(function () {});
})();
