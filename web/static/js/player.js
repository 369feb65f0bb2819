// The practice player: shows one step at a time from the server-rendered list of steps, with a
// progress bar, remaining time, pause / resume / skip / stop, an optional bell and optional
// spoken guidance. Time is kept from one clock (performance.now), so steps never drift.
// Without JavaScript the page still shows every step and a form to log the practice by hand.
(function () {
  "use strict";
  var root = document.getElementById("player");
  var items = Array.prototype.slice.call(document.querySelectorAll("#practice-steps li"));
  if (!root || items.length === 0) return;

  var $ = function (id) { return document.getElementById(id); };
  var steps = items.map(function (li) {
    return {
      text: li.querySelector(".step-text").textContent,
      ms: Number(li.dataset.seconds) * 1000,
      bell: li.dataset.bell === "1",
      stage: li.dataset.stage || ""
    };
  });
  var ends = [];
  steps.reduce(function (sum, s) { ends.push(sum + s.ms); return sum + s.ms; }, 0);
  var totalMs = ends[ends.length - 1];

  var position = 0;     // ms into the script
  var practised = 0;    // ms actually spent running (skips do not count)
  var lastTick = 0;
  var running = false;
  var current = -1;
  var timer = null;
  var completed = false;
  var bells = 0;
  var speech = "speechSynthesis" in window ? window.speechSynthesis : null;

  function label(name, n) { return (root.dataset[name] || "").replace("%n", n); }
  function clock(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }
  function rating(name) {
    var checked = root.querySelector("input[name='" + name + "']:checked");
    return checked ? Number(checked.value) : null;
  }
  function setState(state) { root.dataset.state = state; }
  function ringBell() {
    if ($("opt-bell").checked && window.RefugeBell && window.RefugeBell.ring()) {
      bells += 1;
      root.dataset.bells = String(bells);
    }
  }

  function stepAt(pos) {
    for (var i = 0; i < ends.length; i++) if (pos < ends[i]) return i;
    return ends.length - 1;
  }

  function enterStep(i) {
    current = i;
    var s = steps[i];
    $("player-text").textContent = s.text;
    $("player-stage").textContent = s.stage;
    $("player-stage").hidden = !s.stage;
    if (s.bell) ringBell();
    if (speech && $("opt-speech").checked) {
      speech.cancel();
      speech.speak(new SpeechSynthesisUtterance(s.text));
    }
  }

  function render() {
    var fill = Math.min(100, (position / totalMs) * 100);
    $("player-fill").style.width = fill + "%";
    $("player-progress").setAttribute("aria-valuenow", String(Math.round(position / 1000)));
    $("player-time").textContent = label("labelStep", (current + 1) + " / " + steps.length) +
      " · " + label("labelLeft", clock(totalMs - position));
  }

  function tick() {
    var now = performance.now();
    if (running) {
      position += now - lastTick;
      practised += now - lastTick;
    }
    lastTick = now;
    if (position >= totalMs) {
      finish(true);
      return;
    }
    var i = stepAt(position);
    if (i !== current) enterStep(i);
    render();
  }

  function start() {
    if (window.RefugeBell) window.RefugeBell.unlock();
    $("player-before").hidden = true;
    $("player-running").hidden = false;
    running = true;
    lastTick = performance.now();
    setState("running");
    timer = window.setInterval(tick, 200);
    tick();
    $("player-pause").focus();
  }

  function togglePause() {
    tick();
    running = !running;
    lastTick = performance.now();
    $("player-pause").textContent = running ? root.dataset.labelPause : root.dataset.labelResume;
    setState(running ? "running" : "paused");
    if (speech) speech.cancel();
  }

  function skip() {
    position = current >= steps.length - 1 ? totalMs : ends[current];
    tick();
  }

  function finish(reachedEnd) {
    if (timer === null) return;
    window.clearInterval(timer);
    timer = null;
    running = false;
    completed = reachedEnd;
    if (speech) speech.cancel();
    if (reachedEnd) ringBell();
    $("player-running").hidden = true;
    $("player-after").hidden = false;
    $("player-done").textContent = reachedEnd ? root.dataset.labelFinished : root.dataset.labelStopped;
    root.dataset.practisedSeconds = String(Math.round(practised / 1000));
    setState(reachedEnd ? "finished" : "stopped");
    $("player-done").focus();
  }

  function save() {
    var button = $("player-save");
    button.disabled = true;
    fetch("/api/v1/practice-sessions", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": root.dataset.csrf },
      body: JSON.stringify({
        practice_id: root.dataset.practice,
        variant: root.dataset.variant,
        seconds: Math.round(practised / 1000),
        completed: completed,
        suds_before: rating("suds_before"),
        suds_after: rating("suds_after")
      })
    }).then(function (res) {
      if (!res.ok) throw new Error(String(res.status));
      $("player-status").textContent = root.dataset.labelSaved;
      setState("saved");
    }).catch(function () {
      button.disabled = false;
      $("player-status").textContent = root.dataset.labelSaveFailed;
    });
  }

  function offerSpeech() {
    if (speech && speech.getVoices().length > 0) $("opt-speech-row").hidden = false;
  }

  root.hidden = false;
  setState("ready");
  if (speech) {
    offerSpeech();
    speech.addEventListener("voiceschanged", offerSpeech);
  }
  $("player-start").addEventListener("click", start);
  $("player-pause").addEventListener("click", togglePause);
  $("player-skip").addEventListener("click", skip);
  $("player-stop").addEventListener("click", function () { tick(); finish(false); });
  if ($("player-save")) $("player-save").addEventListener("click", save);
})();
