// The narrative editor's placeholder picker: a click inserts the Chinese placeholder at the cursor of the last
// focused section (the first one when none had the focus) and lets the live preview follow.
(function () {
  'use strict';
  var picker = document.getElementById('placeholder-picker');
  if (!picker) {
    return;
  }
  var form = picker.closest('form');
  var last = form.querySelector('textarea');
  form.addEventListener('focusin', function (event) {
    if (event.target.tagName === 'TEXTAREA') {
      last = event.target;
    }
  });
  picker.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-insert]');
    if (!button || !last) {
      return;
    }
    var text = button.getAttribute('data-insert');
    var start = last.selectionStart, end = last.selectionEnd;
    last.value = last.value.slice(0, start) + text + last.value.slice(end);
    last.focus();
    last.selectionStart = last.selectionEnd = start + text.length;
    last.dispatchEvent(new Event('input', { bubbles: true }));
  });
})();
