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

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-reading]'), function (control) {
      var mode = control.getAttribute('data-reading');
      control.setAttribute('aria-pressed', String(root.classList.contains(mode)));
      control.addEventListener('click', function (event) {
        event.preventDefault();
        var value = !root.classList.contains(mode);
        root.classList.toggle(mode, value);
        remember(cookies[mode], value);
        control.setAttribute('aria-pressed', String(value));
      });
    });
  });
})();
