/*
 * «Проверить» on the ribbon in Internet Explorer 11 (volume-licensed Office 2016/2019):
 * commands.js cannot be parsed there, so without this the button would spin until Office
 * gives up. Plain ES5, not bundled. It registers the same function name, explains in a
 * dialog what to use instead and always completes the event. Other webviews: does nothing.
 */
(function () {
  "use strict";
  if (!/Trident\/|MSIE /.test(window.navigator.userAgent || "")) return;

  var TEXT = {
    ru: {
      title: "Проверка в этой версии Excel недоступна",
      text: "Эта версия Excel открывает надстройки во встроенном Internet Explorer 11, а «Кванториум: мониторинг» в нём работать не может. Книга не изменена. Проверьте книгу на веб-странице надстройки (адрес: {url}) в Яндекс Браузере, Chrome, Edge или Firefox, или командой «npx kvantorium-monitor check книга.xlsx --out проверено.xlsx», или обновите Office до Excel 2021, 2024 или Microsoft 365.",
    },
    en: {
      title: "Checking is not available in this version of Excel",
      text: "This version of Excel opens add-ins in the built-in Internet Explorer 11, where Kvantorium Monitor cannot run. The workbook has not been changed. Check it on the add-in's web page ({url}) in Chrome, Edge, Firefox or Yandex Browser, with the command 'npx kvantorium-monitor check book.xlsx --out checked.xlsx', or update Office to Excel 2021, 2024 or Microsoft 365.",
    },
  };

  function siblingUrl(name) {
    var href = String(window.location.href).split("#")[0].split("?")[0];
    return href.replace(/[^\/]*$/, name);
  }

  function lang() {
    var l = window.Office && window.Office.context && window.Office.context.displayLanguage;
    return l && !/^ru/i.test(l) ? "en" : "ru";
  }

  function runCheck(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      event.completed();
    }
    try {
      var ui = window.Office.context.ui;
      var l = lang();
      var t = TEXT[l];
      var url =
        siblingUrl("message.html") +
        "?lang=" + l +
        "&title=" + encodeURIComponent(t.title) +
        "&text=" + encodeURIComponent(t.text.replace("{url}", siblingUrl("index.html")));
      if (!ui || !ui.displayDialogAsync) return complete();
      ui.displayDialogAsync(url, { height: 40, width: 40, displayInIframe: true }, function (result) {
        if (result.status !== "succeeded") return complete();
        var dialog = result.value;
        dialog.addEventHandler("dialogMessageReceived", function () {
          dialog.close();
          complete();
        });
        // Closed with × (or it failed to load).
        dialog.addEventHandler("dialogEventReceived", complete);
      });
    } catch (e) {
      complete();
    }
  }

  // Hosts without Office.actions call the global function named in the manifest.
  window.runCheck = runCheck;
  window.Office.onReady(function () {
    if (window.Office.actions && window.Office.actions.associate) window.Office.actions.associate("runCheck", runCheck);
  });
})();
