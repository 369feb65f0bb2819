// The breathing pacer on "Support now": in for data-inhale seconds, out for data-exhale seconds.
// Progressive enhancement: without JavaScript the page already explains the rhythm in words.
// Strings come from data attributes (rendered from the locale file). No inline script (CSP).
(function () {
  "use strict";
  var root = document.getElementById("breathing");
  if (!root) return;
  var toggle = document.getElementById("breathing-toggle");
  var cue = root.querySelector(".breathing-cue");
  var circle = root.querySelector(".breathing-circle");
  if (!toggle || !cue || !circle) return;

  var inhale = Math.max(1, Number(root.dataset.inhale) || 4);
  var exhale = Math.max(1, Number(root.dataset.exhale) || 6);
  var timer = null;

  function phase(breathingIn) {
    var seconds = breathingIn ? inhale : exhale;
    circle.style.transitionDuration = seconds + "s";
    root.classList.toggle("is-inhaling", breathingIn);
    root.classList.toggle("is-exhaling", !breathingIn);
    cue.textContent = breathingIn ? root.dataset.cueIn : root.dataset.cueOut;
    timer = window.setTimeout(function () { phase(!breathingIn); }, seconds * 1000);
  }

  function stop() {
    window.clearTimeout(timer);
    timer = null;
    root.classList.remove("is-inhaling", "is-exhaling");
    toggle.textContent = root.dataset.labelStart;
    toggle.setAttribute("aria-pressed", "false");
  }

  toggle.hidden = false;
  toggle.setAttribute("aria-pressed", "false");
  toggle.addEventListener("click", function () {
    if (timer !== null) {
      stop();
      return;
    }
    toggle.textContent = root.dataset.labelStop;
    toggle.setAttribute("aria-pressed", "true");
    phase(true);
  });
})();
