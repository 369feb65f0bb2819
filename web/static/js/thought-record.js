// Thought record: shows what the analyser notices in the critical voice's words while they
// write (step 2), and lets a suggested opening start the kind answer (step 6); autosave.js saves
// as the person types. Every step works the same without it (the buttons save and check on the
// server).
(function () {
  "use strict";
  var form = document.getElementById("thought-form");
  if (!form) return;
  var token = form.querySelector("input[name=csrf_token]").value;

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  // Step 2: live notes on the critical voice's words. Offsets from the server are in bytes.
  var critic = document.getElementById("critic");
  var marked = document.getElementById("findings-text");
  var live = document.getElementById("findings-live");
  var source = document.getElementById("finding-notes-source");
  if (critic && marked && live && source) {
    var notes = {};
    Array.prototype.forEach.call(source.children, function (li) {
      notes[li.dataset.type] = { name: li.dataset.name, note: li.dataset.note };
    });
    var encoder = new TextEncoder();
    var decoder = new TextDecoder();
    var show = function (text, findings) {
      var bytes = encoder.encode(text);
      var shown = findings.filter(function (f) { return notes[f.type]; })
        .sort(function (a, b) { return a.start - b.start; });
      marked.textContent = "";
      var at = 0;
      shown.forEach(function (f) {
        if (f.start < at) return;
        marked.appendChild(document.createTextNode(decoder.decode(bytes.slice(at, f.start))));
        var mark = document.createElement("mark");
        mark.title = notes[f.type].name;
        mark.textContent = decoder.decode(bytes.slice(f.start, f.end));
        marked.appendChild(mark);
        at = f.end;
      });
      marked.appendChild(document.createTextNode(decoder.decode(bytes.slice(at))));
      live.textContent = "";
      // One note per kind, with the cue of its surest finding: likely kinds (confidence 0.5 and
      // up) before those only possible, which are named "..., perhaps"; in each, core beliefs
      // first, then a harsh voice, then thinking traps (as the server orders them); three at
      // once, the rest behind "more".
      var rank = function (t) { return t.indexOf("belief_") === 0 ? 0 : t === "self_criticism" ? 1 : 2; };
      var seen = {};
      var kinds = [];
      shown.forEach(function (f) {
        if (!seen[f.type]) { seen[f.type] = f; kinds.push(f.type); }
        else if (f.confidence > seen[f.type].confidence) seen[f.type] = f;
      });
      var unsure = function (f) { return f.confidence >= 0.5 ? 0 : 1; };  // likely ones sort first
      kinds = kinds.map(function (t, i) { return { f: seen[t], i: i }; })
        .sort(function (a, b) {
          return unsure(a.f) - unsure(b.f) || rank(a.f.type) - rank(b.f.type) || a.i - b.i;
        })
        .map(function (x) { return x.f; });
      var list = document.createElement("ul");
      list.className = "finding-notes";
      var more = document.createElement("ul");
      more.className = "finding-notes";
      kinds.forEach(function (f, i) {
        var li = document.createElement("li");
        li.dataset.type = f.type;
        var strong = document.createElement("strong");
        strong.textContent = unsure(f) ? (live.dataset.maybeName || "%n")
          .replace("%n", notes[f.type].name) : notes[f.type].name;
        li.appendChild(strong);
        li.appendChild(document.createTextNode(" (\u201c" + f.cue + "\u201d): " + notes[f.type].note));
        (i < 3 ? list : more).appendChild(li);
      });
      if (list.children.length) {
        live.appendChild(list);
        if (more.children.length) {
          var details = document.createElement("details");
          details.className = "more-notes";
          var summary = document.createElement("summary");
          summary.textContent = more.children.length + " " + (live.dataset.more || "");
          details.appendChild(summary);
          details.appendChild(more);
          live.appendChild(details);
        }
      } else if (text.trim()) {
        var p = document.createElement("p");
        p.textContent = document.getElementById("findings-none-text").textContent;
        live.appendChild(p);
      }
    };
    var analyse = function () {
      var text = critic.value;
      fetch("/api/v1/analyze", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
        body: JSON.stringify({ text: text })
      })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (j) { if (j && critic.value === text) show(text, j.findings || []); })
        .catch(function () {});
    };
    critic.addEventListener("input", debounce(analyse, 600));
  }

  // Step 6: a suggested opening starts (or continues) the kind answer.
  var kindness = document.getElementById("kindness");
  Array.prototype.forEach.call(form.querySelectorAll("button.opening"), function (b) {
    b.addEventListener("click", function () {
      var opening = b.dataset.opening.replace(/\u2026$/, " ");
      kindness.value = kindness.value.trim() ? kindness.value.replace(/\s*$/, " ") + opening : opening;
      kindness.focus();
      kindness.setSelectionRange(kindness.value.length, kindness.value.length);
      kindness.dispatchEvent(new Event("input", { bubbles: true }));
    });
  });
})();
