/*
 * Kyodo's page behaviours, all progressive: every page works without them.
 * - Character counters for text fields that declare data-max-length (comment and reply forms).
 * The visible count follows every key; screen readers hear it in a polite live region only after
 *   typing pauses, so they are not interrupted on every character. Counts code points, as the
 *   server does. Without JavaScript the hint states the limit and the server checks it.
 * - Buttons with data-confirm ask before a destructive action (delete, withdraw, close).
 * - After a redirect to an anchor (a new opinion: #c123), focus moves to it, so keyboard and
 *   screen-reader users continue where the page shows them, not at the top; on a form sent back
 *   with errors, to the first field to correct.
 */
(function () {
  "use strict";

  function length(text) {
    return Array.from(text.replace(/\r\n/g, "\n").trim()).length;
  }

  function phrase(template, n) {
    return template.replace("{n}", n.toLocaleString(document.documentElement.lang || "ja"));
  }

  function attach(field) {
    var max = parseInt(field.getAttribute("data-max-length"), 10);
    if (!(max > 0)) {
      return;
    }
    var left = field.getAttribute("data-count-left") || "{n}";
    var over = field.getAttribute("data-count-over") || "-{n}";
    var shown = document.createElement("p");
    shown.className = "char-count";
    shown.id = field.id + "-count";
    shown.setAttribute("aria-hidden", "true");
    var spoken = document.createElement("p");
    spoken.className = "visually-hidden";
    spoken.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", spoken);
    field.insertAdjacentElement("afterend", shown);
    var pause;

    function update(announce) {
      var remaining = max - length(field.value);
      var text = remaining >= 0 ? phrase(left, remaining) : phrase(over, -remaining);
      shown.textContent = text;
      shown.classList.toggle("char-count--over", remaining < 0);
      clearTimeout(pause);
      if (announce) {
        pause = setTimeout(function () {
          spoken.textContent = text;
        }, 1000);
      }
    }

    field.addEventListener("input", function () {
      update(true);
    });
    update(false);
  }

  function confirmDestructive(event) {
    var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  function focusTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    // a form sent back with errors: the first field to correct (its message is read with it)
    var target = (id && document.getElementById(id)) || document.querySelector("[aria-invalid=true]");
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
    }
  }

  function start() {
    document.querySelectorAll("textarea[data-max-length]").forEach(attach);
    focusTarget();
  }

  document.addEventListener("click", confirmDestructive, true);

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
