// A soft bell synthesised with the Web Audio API: no audio files, no network. The audio context
// is created on the first user gesture (browsers require it) via RefugeBell.unlock().
(function () {
  "use strict";
  var context = null;

  function unlock() {
    if (!context) {
      var AudioContextClass = window.AudioContext || window.webkitAudioContext;
      if (!AudioContextClass) return null;
      context = new AudioContextClass();
    }
    if (context.state === "suspended") context.resume();
    return context;
  }

  // A bowl-like tone: a fundamental and two quiet partials, each fading over three seconds.
  function ring() {
    var c = unlock();
    if (!c) return false;
    var now = c.currentTime;
    [[432, 0.16], [864, 0.05], [1296, 0.025]].forEach(function (partial) {
      var osc = c.createOscillator();
      var gain = c.createGain();
      osc.type = "sine";
      osc.frequency.value = partial[0];
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(partial[1], now + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 3);
      osc.connect(gain);
      gain.connect(c.destination);
      osc.start(now);
      osc.stop(now + 3.1);
    });
    return true;
  }

  window.RefugeBell = { unlock: unlock, ring: ring };
})();
