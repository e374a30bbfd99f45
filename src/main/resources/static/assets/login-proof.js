// The login's proof of work (issue 19): after repeated failed logins the server sends a signed challenge; this
// finds a counter such that SHA-256(nonce + ":" + counter) starts with `difficulty` zero bits, with the browser's
// Web Crypto, and puts it in the form. Without JavaScript (or without Web Crypto) the page's text asks to wait instead.
(function () {
  var box = document.getElementById('login-challenge');
  var form = document.getElementById('login-form');
  if (!box || !form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
    return;
  }
  var nonce = box.getAttribute('data-nonce');
  var difficulty = parseInt(box.getAttribute('data-difficulty'), 10);
  var proof = document.getElementById('login-proof');
  var state = document.getElementById('login-challenge-state');
  var wait = document.getElementById('login-challenge-wait');
  var encoder = new TextEncoder();
  var solved = false;
  var submitWhenSolved = false;
  wait.hidden = true;
  state.hidden = false;
  state.textContent = state.getAttribute('data-working');

  function leadingZeroBits(bytes, bits) {
    for (var bit = 0; bit < bits; bit++) {
      if ((bytes[bit >> 3] & (0x80 >> (bit & 7))) !== 0) {
        return false;
      }
    }
    return true;
  }

  function batch(start, size) {
    var hashes = [];
    for (var i = 0; i < size; i++) {
      hashes.push(window.crypto.subtle.digest('SHA-256', encoder.encode(nonce + ':' + (start + i))));
    }
    return Promise.all(hashes).then(function (results) {
      for (var i = 0; i < results.length; i++) {
        if (leadingZeroBits(new Uint8Array(results[i]), difficulty)) {
          return start + i;
        }
      }
      return batch(start + size, size);
    });
  }

  batch(0, 256).then(function (counter) {
    proof.value = String(counter);
    solved = true;
    state.textContent = state.getAttribute('data-done');
    if (submitWhenSolved) {
      form.submit();
    }
  }, function () {
    state.hidden = true;
    wait.hidden = false;
  });

  form.addEventListener('submit', function (event) {
    if (!solved) {
      event.preventDefault();
      submitWhenSolved = true;
    }
  });
})();
