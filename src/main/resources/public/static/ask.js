// Answers "Ask about this article" in place, streaming grounded sentences as they arrive; without
// this script the form loads the page with the answer.
(function () {
  "use strict";
  var form = document.querySelector("form.ask[data-stream]");
  if (!form || !window.EventSource) return;
  var slot = document.querySelector("#ai .answer-slot");
  form.addEventListener("submit", function (ev) {
    var q = form.elements.q.value.trim();
    if (!q) return;
    ev.preventDefault();
    slot.innerHTML = "";
    var live = document.createElement("p");
    live.className = "reply streaming";
    live.textContent = "Reading the article…";
    slot.appendChild(live);
    var first = true;
    var source = new EventSource(form.getAttribute("data-stream") + "?q=" + encodeURIComponent(q));
    source.addEventListener("sentence", function (e) {
      if (first) { live.textContent = ""; first = false; }
      live.textContent += JSON.parse(e.data).text + " ";
    });
    source.addEventListener("answer", function (e) {
      source.close();
      slot.innerHTML = JSON.parse(e.data).html;
    });
    source.onerror = function () {
      source.close();
      form.submit();
    };
  });
})();
