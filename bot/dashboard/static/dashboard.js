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

// The files page: the chosen file is posted as it is (no multipart), its CSRF token in a header; then the job's
// JSON is polled until the annotated file can be downloaded.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form) return;
  var status = document.getElementById("progress"), bar = document.getElementById("bar");
  var result = document.getElementById("result"), link = document.getElementById("download");
  var button = document.getElementById("send");

  function show(message, state) {
    status.hidden = false;
    status.textContent = message;
    status.className = "notice" + (state === "failed" ? " refused" : state === "done" ? " ok" : "");
  }

  function fail(message) {
    show(message || document.getElementById("failed").innerHTML, "failed");
    bar.hidden = true;
    button.disabled = false;
  }

  function answer(response) {
    var type = response.headers.get("content-type") || "";
    if (type.indexOf("application/json") === 0) return response.json();
    return response.text().then(function (html) {  // a refusal page (role, security token): its message
      var doc = new DOMParser().parseFromString(html, "text/html");
      var message = doc.getElementById("message");
      return {state: "failed", message: message ? message.textContent : ""};
    });
  }

  function update(job) {
    if (job.state === "failed") return fail(job.message);
    show(job.message, job.state);
    if (job.total) { bar.hidden = false; bar.max = job.total; bar.value = job.done; }
    if (job.state === "done") {
      bar.hidden = true;
      link.href = job.download;
      link.setAttribute("download", job.name);
      result.hidden = false;
      button.disabled = false;
      return;
    }
    setTimeout(function () {
      fetch(form.action + "/" + job.id, {credentials: "same-origin"}).then(answer).then(update)
        .catch(function () { fail(); });
    }, 500);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = document.getElementById("file").files[0];
    if (!file) return;
    result.hidden = true;
    if (file.size > Number(form.dataset.max)) return fail(document.getElementById("too-large").innerHTML);
    button.disabled = true;
    show(file.name + " …", "reading");
    fetch(form.action + "?name=" + encodeURIComponent(file.name), {
      method: "POST", body: file, credentials: "same-origin",
      headers: {"X-CSRF-Token": form.dataset.csrf, "Content-Type": file.type || "application/octet-stream"}
    }).then(answer).then(update).catch(function () { fail(); });
  });
})();
