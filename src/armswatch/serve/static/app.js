// armswatch UI helpers. Untrusted data is only ever written with textContent.
(function () {
  "use strict";
  // Ask before rejecting a claim or dismissing a match.
  document.querySelectorAll("form.reject, form.decide").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      var button = ev.submitter;
      if (button && button.value === "confirmed") { return; }
      if (!window.confirm(form.classList.contains("reject") ? "Reject this claim?" : "Dismiss this match?")) {
        ev.preventDefault();
      }
    });
  });
})();
