// Keeps relative times fresh without a reload; the server-rendered text stays correct without it.
(function () {
  "use strict";
  function ago(then, now) {
    var s = Math.floor((now - then) / 1000);
    if (s < 60) return "just now";
    var m = Math.floor(s / 60);
    if (m < 2) return "a minute ago";
    if (m < 60) return m + " minutes ago";
    var h = Math.floor(m / 60);
    if (h < 2) return "an hour ago";
    if (h < 24) return h + " hours ago";
    if (h < 48) return "yesterday";
    return null; // a date: keep what the server wrote
  }
  function refresh() {
    var now = Date.now();
    document.querySelectorAll("time[datetime]").forEach(function (el) {
      var text = ago(Date.parse(el.getAttribute("datetime")), now);
      if (text && el.textContent !== text) el.textContent = text;
    });
  }
  setInterval(refresh, 60000);
})();
