/*
 * 适老化 reading aids on every page, static ones included, without a round trip to the server: large text, high
 * contrast and wide line spacing, each remembered in a cookie that the dynamic pages read too. The large-text link
 * still works without JavaScript (it goes through /text-size); the other two appear only when this script runs.
 */
(function () {
  var cookies = { 'large-text': 'gongkai-large-text', 'high-contrast': 'gongkai-contrast', 'wide-spacing': 'gongkai-spacing' };
  var root = document.documentElement;

  function on(name) {
    return document.cookie.split('; ').indexOf(name + '=1') >= 0;
  }

  function remember(name, value) {
    document.cookie = name + '=' + (value ? '1' : '0') + '; path=/; max-age=31536000; SameSite=Lax';
  }

  root.classList.add('js');
  Object.keys(cookies).forEach(function (mode) {
    root.classList.toggle(mode, on(cookies[mode]));
  });

  /* 字号 on a document page: one step smaller, the usual size, one or two steps larger, remembered like the rest */
  var sizeCookie = 'gongkai-doc-size';
  function savedSize() {
    var found = document.cookie.split('; ').filter(function (c) { return c.indexOf(sizeCookie + '=') === 0; })[0];
    var value = found ? parseInt(found.substring(sizeCookie.length + 1), 10) : 0;
    return value >= -1 && value <= 2 ? value : 0;
  }
  function applySize(size) {
    [-1, 1, 2].forEach(function (step) { root.classList.toggle('doc-size-' + step, step === size); });
  }
  var size = savedSize();
  applySize(size);

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-reading]'), function (control) {
      var mode = control.getAttribute('data-reading');
      if (control.tagName === 'A') {
        // with the script the large-text link is a toggle in place: a button to assistive technology (and the keyboard)
        control.setAttribute('role', 'button');
        control.addEventListener('keydown', function (event) {
          if (event.key === ' ') {
            event.preventDefault();
            control.click();
          }
        });
      }
      control.setAttribute('aria-pressed', String(root.classList.contains(mode)));
      control.addEventListener('click', function (event) {
        event.preventDefault();
        var value = !root.classList.contains(mode);
        root.classList.toggle(mode, value);
        remember(cookies[mode], value);
        control.setAttribute('aria-pressed', String(value));
      });
    });
    var sizeButtons = document.querySelectorAll('[data-text-size]');
    function pressSize() {
      Array.prototype.forEach.call(sizeButtons, function (button) {
        var kind = button.getAttribute('data-text-size');
        button.setAttribute('aria-pressed', String(kind === 'reset' ? size === 0 : kind === 'up' ? size > 0 : size < 0));
      });
    }
    Array.prototype.forEach.call(sizeButtons, function (button) {
      button.addEventListener('click', function () {
        var kind = button.getAttribute('data-text-size');
        size = kind === 'reset' ? 0 : Math.max(-1, Math.min(2, size + (kind === 'up' ? 1 : -1)));
        applySize(size);
        document.cookie = sizeCookie + '=' + size + '; path=/; max-age=31536000; SameSite=Lax';
        pressSize();
      });
    });
    pressSize();
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
