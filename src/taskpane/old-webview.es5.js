/*
 * The task pane in a webview too old for it (PRODUCT.md §7). Plain ES5 on purpose, no
 * bundler, no React: Internet Explorer 11 (Trident), which volume-licensed Office 2016/2019
 * use for add-ins, cannot parse taskpane.js, and the pane would stay on «Загрузка…».
 * In Trident the page says at once what to use instead; in any other browser it says the
 * same only if our own script failed to load or run before the pane appeared.
 */
(function () {
  "use strict";

  var TEXT = {
    ru: {
      title: "Панели нужен более новый встроенный браузер",
      intro:
        "Эта версия Excel открывает надстройки во встроенном Internet Explorer 11 (или в старом Edge), а панель «Кванториум: мониторинг» в нём работать не может. Книга не изменена.",
      what: "Что можно сделать:",
      web: "Проверить книгу на веб-странице — откройте в Яндекс Браузере, Chrome, Edge или Firefox адрес ниже и выберите файл мониторинга. Проверка, отчёт и шаблон работают там так же, файл никуда не отправляется:",
      cli: "Проверить из командной строки (Node.js 20):",
      office:
        "Обновить Office: Excel 2021, 2024 и Microsoft 365 открывают панель; в розничных Excel 2016 и 2019 — после установки Microsoft Edge WebView2 Runtime.",
    },
    en: {
      title: "The pane needs a newer built-in browser",
      intro:
        "This version of Excel opens add-ins in the built-in Internet Explorer 11 (or old Edge), where the Kvantorium Monitor pane cannot run. The workbook has not been changed.",
      what: "What you can do:",
      web: "Check the workbook on the web page: open the address below in Chrome, Edge, Firefox or Yandex Browser and choose the monitoring file. Check, report and template work the same there, and the file is not sent anywhere:",
      cli: "Check it from the command line (Node.js 20):",
      office:
        "Update Office: Excel 2021, 2024 and Microsoft 365 open the pane; retail Excel 2016 and 2019 do once Microsoft Edge WebView2 Runtime is installed.",
    },
  };
  var CLI = "npx kvantorium-monitor check book.xlsx --out checked.xlsx";

  var ua = window.navigator.userAgent || "";
  var trident = /Trident\/|MSIE /.test(ua);
  var shownLang = "";

  /** The web page (index.html) next to this page. */
  function webPageUrl() {
    var href = String(window.location.href).split("#")[0].split("?")[0];
    return href.replace(/[^\/]*$/, "index.html");
  }

  function officeLang() {
    try {
      var l = window.Office && window.Office.context && window.Office.context.displayLanguage;
      return l && !/^ru/i.test(l) ? "en" : "ru";
    } catch (e) {
      return "ru";
    }
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.setAttribute("style", style);
    return node;
  }

  function show(lang) {
    var root = document.getElementById("container");
    if (!root || shownLang === lang) return;
    shownLang = lang;
    var t = TEXT[lang];
    document.documentElement.lang = lang;
    var box = el("div", "", "font-family: 'Segoe UI', Arial, sans-serif; padding: 12px 14px; line-height: 1.45; color: #242424");
    box.id = "kvm-old-webview";
    box.setAttribute("role", "alert");
    box.appendChild(el("h1", t.title, "font-size: 16px; margin: 0 0 8px; color: #b10e1c"));
    box.appendChild(el("p", t.intro));
    box.appendChild(el("p", t.what, "margin-bottom: 4px; font-weight: 600"));
    var list = el("ol", "", "padding-left: 20px; margin-top: 0");
    var web = el("li", t.web);
    var url = webPageUrl();
    var link = el("a", url, "display: block; word-break: break-all; margin: 4px 0 8px");
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener";
    web.appendChild(link);
    list.appendChild(web);
    var cli = el("li", t.cli);
    cli.appendChild(el("code", CLI, "display: block; word-break: break-all; margin: 4px 0 8px; font-family: Consolas, monospace"));
    list.appendChild(cli);
    list.appendChild(el("li", t.office));
    box.appendChild(list);
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  /** The modern pane has started once React replaced the «Загрузка…» placeholder. */
  function paneStarted() {
    return !document.getElementById("kvm-loading");
  }

  /** Our own script (not office.js from Microsoft's CDN) failed to load, parse or start. */
  function ownScriptFailed(event) {
    var target = event.target;
    var src = target && target.tagName === "SCRIPT" ? target.src : event.filename;
    if (!src) return false;
    return src.indexOf(window.location.protocol + "//" + window.location.host + "/") === 0;
  }

  function followOfficeLanguage() {
    if (window.Office && typeof window.Office.onReady === "function") {
      // Office needs the page to say it is ready; then the language is known.
      window.Office.onReady(function () {
        show(officeLang());
      });
    }
  }

  if (trident) {
    show("ru");
    followOfficeLanguage();
  } else {
    window.addEventListener(
      "error",
      function (event) {
        if (!shownLang && !paneStarted() && ownScriptFailed(event)) {
          show("ru");
          followOfficeLanguage();
        }
      },
      true
    );
  }
})();
