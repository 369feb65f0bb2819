// The breathing pacer. Every frame derives the phase from one start time and the clock
// (performance.now), so the rhythm never drifts however long it runs. The shape grows on the
// in-breath and shrinks on the out-breath; the words say the same for people who cannot rely on
// the animation. With prefers-reduced-motion the shape stays still and a count is shown instead.
(function () {
  "use strict";
  var root = document.getElementById("pacer");
  var form = document.getElementById("pacer-settings");
  if (!root || !form) return;

  var $ = function (id) { return document.getElementById(id); };
  var shape = $("pacer-shape");
  var cue = $("pacer-cue");
  var timeEl = $("pacer-time");
  var toggle = $("pacer-toggle");
  var statusEl = $("pacer-status");
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  var LOW = 0.55, HIGH = 1, HIGHER = 1.1;
  var phases = null, levels = null, cycleMs = 0;
  var startedAt = 0, durationMs = 0, frame = 0, timer = 0;
  var lastKey = "", patternId = "";

  function cueFor(kind) {
    if (kind === "in") return root.dataset.cueIn;
    if (kind === "in_more") return root.dataset.cueInMore;
    if (kind === "out") return root.dataset.cueOut;
    return root.dataset.cueHold;
  }

  function readPattern() {
    var chosen = form.querySelector("input[name='pattern']:checked");
    if (!chosen) return null;
    patternId = chosen.value;
    if (chosen.value !== "custom") return JSON.parse(chosen.dataset.phases);
    var read = function (id, min) {
      var v = Number($(id).value);
      return Number.isInteger(v) && v >= min && v <= 20 ? v : NaN;
    };
    var inS = read("custom-in", 1), holdIn = read("custom-hold-in", 0);
    var outS = read("custom-out", 1), holdOut = read("custom-hold-out", 0);
    if ([inS, holdIn, outS, holdOut].some(isNaN)) return null;
    var list = [{ kind: "in", seconds: inS }];
    if (holdIn > 0) list.push({ kind: "hold_in", seconds: holdIn });
    list.push({ kind: "out", seconds: outS });
    if (holdOut > 0) list.push({ kind: "hold_out", seconds: holdOut });
    return list;
  }

  // The shape's size at the start and end of each phase.
  function computeLevels(list) {
    var level = LOW;
    return list.map(function (p) {
      var from = level;
      if (p.kind === "in") level = HIGH;
      else if (p.kind === "in_more") level = HIGHER;
      else if (p.kind === "out") level = LOW;
      return { from: from, to: level };
    });
  }

  // Which phase is running `elapsed` ms after the start, and how far into it.
  function phaseAt(elapsed) {
    var cycle = Math.floor(elapsed / cycleMs);
    var t = elapsed - cycle * cycleMs;
    var acc = 0;
    for (var i = 0; i < phases.length; i++) {
      var ms = phases[i].seconds * 1000;
      if (t < acc + ms || i === phases.length - 1) {
        return { index: i, cycle: cycle, startMs: cycle * cycleMs + acc, ms: ms,
                 progress: Math.min(1, (t - acc) / ms) };
      }
      acc += ms;
    }
    return null;
  }

  function clock(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function render() {
    if (!startedAt) return;
    var elapsed = performance.now() - startedAt;
    if (elapsed >= durationMs) {
      stop(true);
      return;
    }
    var ph = phaseAt(elapsed);
    var p = phases[ph.index];
    var lv = levels[ph.index];
    var eased = 0.5 - 0.5 * Math.cos(Math.PI * ph.progress);
    var scale = lv.from + (lv.to - lv.from) * eased;
    if (!reduceMotion) shape.style.transform = "scale(" + scale.toFixed(4) + ")";
    var key = ph.cycle + ":" + ph.index;
    if (key !== lastKey) {
      lastKey = key;
      cue.textContent = cueFor(p.kind);
      if ($("pacer-vibrate").checked && navigator.vibrate) navigator.vibrate(40);
    }
    var countdown = reduceMotion ? " · " + Math.ceil((ph.ms * (1 - ph.progress)) / 1000) : "";
    timeEl.textContent = (root.dataset.labelLeft || "").replace("%n", clock(durationMs - elapsed)) + countdown;
    root.dataset.phase = p.kind;
    root.dataset.phaseStartMs = String(ph.startMs);
    root.dataset.elapsedMs = String(Math.round(elapsed));
    root.dataset.scale = scale.toFixed(4);
  }

  function loop() {
    render();
    if (startedAt) frame = window.requestAnimationFrame(loop);
  }

  function start() {
    phases = readPattern();
    if (!phases) {
      statusEl.textContent = root.dataset.labelInvalid;
      return;
    }
    statusEl.textContent = "";
    levels = computeLevels(phases);
    cycleMs = phases.reduce(function (sum, p) { return sum + p.seconds * 1000; }, 0);
    durationMs = Number($("pacer-minutes").value) * 60 * 1000;
    startedAt = performance.now();
    root.dataset.startedAt = String(startedAt);
    root.dataset.cycleMs = String(cycleMs);
    root.dataset.state = "running";
    lastKey = "";
    toggle.textContent = root.dataset.labelStop;
    toggle.setAttribute("aria-pressed", "true");
    // Frames drive the animation; the interval keeps the words right if frames are throttled.
    timer = window.setInterval(render, 250);
    loop();
  }

  function stop(finished) {
    if (!startedAt) return;
    var seconds = Math.round(Math.min(performance.now() - startedAt, durationMs) / 1000);
    startedAt = 0;
    window.cancelAnimationFrame(frame);
    window.clearInterval(timer);
    shape.style.transform = "";
    root.dataset.state = finished ? "finished" : "stopped";
    cue.textContent = finished ? root.dataset.labelDone : "";
    toggle.textContent = root.dataset.labelStart;
    toggle.setAttribute("aria-pressed", "false");
    if (root.dataset.signedIn === "1" && seconds >= 5) log(seconds, finished);
  }

  function log(seconds, finished) {
    fetch("/api/v1/practice-sessions", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": root.dataset.csrf },
      body: JSON.stringify({ practice_id: "breathing", variant: patternId, seconds: seconds,
                             completed: finished })
    }).then(function (res) {
      if (res.ok) statusEl.textContent = root.dataset.labelSaved;
    }).catch(function () {});
  }

  toggle.hidden = false;
  toggle.setAttribute("aria-pressed", "false");
  if ("vibrate" in navigator) $("vibrate-row").hidden = false;
  toggle.addEventListener("click", function () {
    if (startedAt) stop(false); else start();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  if (root.dataset.autostart === "1") start();
})();
