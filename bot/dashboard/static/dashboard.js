// LureCheck dashboard: the only script. Inside Telegram (Mini App) it sends Telegram's signed initData once, to open
// a session; everything else is plain forms. Telegram passes initData in the URL fragment (#tgWebAppData=...), and
// as window.Telegram.WebApp.initData when its script is loaded (it is not: nothing is fetched from a CDN).
(function () {
  "use strict";
  var form = document.getElementById("webapp-login");
  if (!form) return;
  var data = "";
  if (window.Telegram && window.Telegram.WebApp && window.Telegram.WebApp.initData) {
    data = window.Telegram.WebApp.initData;
  } else {
    var hash = new URLSearchParams(window.location.hash.slice(1));
    data = hash.get("tgWebAppData") || "";
  }
  if (!data) {
    document.getElementById("webapp-status").textContent = document.documentElement.lang === "en"
      ? "Open the dashboard from the bot: send /dashboard." : document.getElementById("webapp-status").textContent;
    return;
  }
  form.elements.initData.value = data;
  form.submit();
})();
