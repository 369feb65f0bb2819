// Saving as you type, for every form marked data-autosave="1" (thought record steps,
// attachment-story topics, program reflections): after a pause the form is sent with
// action=autosave; the page answers JSON {"saved", "problem"?, "crisis"?}. The form's
// .autosave-status (or #autosave-status) says what happened and its .crisis-note (or
// #crisis-note) is shown when the words hold crisis language. The forms work the same without
// this script.
(function () {
  "use strict";

  function watch(form) {
    var status = form.querySelector(".autosave-status") || document.getElementById("autosave-status");
    var crisisNote = form.querySelector(".crisis-note") || document.getElementById("crisis-note");
    var timer = null;

    function autosave() {
      var data = new URLSearchParams(new FormData(form));
      data.set("action", "autosave");
      // (form.action would be a button named "action", so the attribute is read.)
      fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (j) {
          if (!j) return;
          if (status) status.textContent = j.saved ? form.dataset.savedLabel || "" : j.problem || "";
          if (j.crisis && crisisNote) crisisNote.hidden = false;
        })
        .catch(function () {});
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(autosave, 1500);
    });
    // A submitted form saves itself: no autosave may arrive after it.
    form.addEventListener("submit", function () { clearTimeout(timer); });
  }

  document.querySelectorAll("form[data-autosave='1']").forEach(watch);
})();
