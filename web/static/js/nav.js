// The main navigation on narrow screens: the list folds behind the "Menu" button (a disclosure:
// aria-expanded on the button, the list named by aria-controls). The layout sends the button
// with `hidden`, so without this script the full list shows as before. This script un-hides it
// and marks the header (.has-menu); refuge.css shows the button and folds the list below the
// same breakpoint as here. Escape, a click outside, or focus leaving the navigation closes it.
// Support now sits outside the <nav> and never folds.
(function () {
  "use strict";
  var button = document.querySelector(".nav-toggle");
  var list = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!list || !window.matchMedia) return;
  var nav = button.closest("nav");
  var narrow = window.matchMedia("(max-width: 48em)");

  function isOpen() { return button.getAttribute("aria-expanded") === "true"; }
  function setOpen(open) { button.setAttribute("aria-expanded", open ? "true" : "false"); }

  button.hidden = false;
  button.closest(".site-header").classList.add("has-menu");
  // Wide again (a resize or a turned phone): the list shows inline and the menu starts closed
  // when the screen narrows once more; focus on the now hidden button goes to the first link.
  function onChange() {
    if (narrow.matches) return;
    setOpen(false);
    if (document.activeElement === button) list.querySelector("a").focus();
  }
  if (narrow.addEventListener) narrow.addEventListener("change", onChange);
  else narrow.addListener(onChange);

  button.addEventListener("click", function () { setOpen(!isOpen()); });
  nav.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && isOpen()) {
      setOpen(false);
      button.focus();
    }
  });
  nav.addEventListener("focusout", function (e) {
    if (e.relatedTarget && !nav.contains(e.relatedTarget)) setOpen(false);
  });
  document.addEventListener("click", function (e) {
    if (isOpen() && !nav.contains(e.target)) setOpen(false);
  });
  // A page brought back by Back from the browser's cache starts closed too.
  window.addEventListener("pageshow", function (e) { if (e.persisted) setOpen(false); });
})();
