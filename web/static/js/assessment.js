// Assessment form: keeps the "answered n / N" count and bar up to date as answers are chosen.
// The form works the same without it.
(function () {
  "use strict";
  var form = document.getElementById("assessment-form");
  if (!form) return;
  var total = Number(form.dataset.total) || 0;
  var text = document.getElementById("assessment-progress");
  var fill = document.getElementById("assessment-fill");
  function update() {
    var names = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[type=radio]:checked"), function (r) {
      names[r.name] = true;
    });
    var n = Object.keys(names).length;
    text.textContent = (form.dataset.label || "").replace("%n", n + " / " + total);
    fill.style.width = (total ? (100 * n) / total : 0) + "%";
  }
  form.addEventListener("change", update);
  update();
})();
