// Small enhancements; every page works without them.
(function () {
  "use strict";
  // Keeps relative times fresh without a reload; the server-rendered text stays correct without it.
  function ago(then, now) {
    var s = Math.floor((now - then) / 1000);
    if (s < 60) return "just now";
    var m = Math.floor(s / 60);
    if (m < 2) return "a minute ago";
    if (m < 60) return m + " minutes ago";
    var h = Math.floor(m / 60);
    if (h < 2) return "an hour ago";
    if (h < 24) return h + " hours ago";
    if (h < 36) return "yesterday"; // beyond a day and a half: the day before yesterday, most likely
    if (h < 168) return Math.floor((h + 12) / 24) + " days ago";
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

  // "Older" and "Next" on article lists load the next page into this one; without the script
  // (or if the load fails) the link simply opens that page.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("nav.pager a[rel=next]");
    if (!link || !window.fetch || !window.DOMParser || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var pager = link.closest("nav.pager");
    event.preventDefault();
    link.setAttribute("aria-busy", "true");
    fetch(link.href, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) throw new Error("status " + response.status);
      return response.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, "text/html").querySelector("nav.pager");
      if (!next) throw new Error("no pager");
      var cards = next.parentNode.querySelectorAll(":scope > article.card");
      var first = null;
      cards.forEach(function (card) {
        var node = document.importNode(card, true);
        pager.parentNode.insertBefore(node, pager);
        if (!first) first = node.querySelector("h3 a, h2 a");
      });
      var more = next.querySelector("a[rel=next]");
      if (more) {
        link.setAttribute("href", more.getAttribute("href"));
        link.removeAttribute("aria-busy");
      } else {
        link.remove();
      }
      var label = pager.querySelector("span");
      if (label) label.remove(); // one page number no longer describes the list
      refresh();
      if (first) first.focus();
    }).catch(function () {
      window.location.href = link.href;
    });
  });

  // Comment forms post in place: the server answers with the re-rendered comments section
  // (already escaped and sanitized), which replaces the old one.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-inline") || !window.fetch || !window.DOMParser) return;
    var section = form.closest("[data-comments]");
    if (!section) return;
    event.preventDefault();
    var button = form.querySelector("button");
    if (button) button.disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin"
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (type.indexOf("text/html") !== 0) throw new Error("unexpected answer");
      return response.text().then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-comments]");
        if (!fresh) { form.submit(); return; }
        section.replaceWith(fresh);
        var focus = fresh.querySelector("[role=alert] + textarea, .notice, [role=alert]");
        if (focus) { focus.setAttribute("tabindex", "-1"); focus.focus(); }
      });
    }).catch(function () {
      form.submit(); // fall back to the plain post
    });
  });
})();
