/*
 * The application form: a file over the upload limit is refused here, before anything is sent, so that nothing typed
 * is lost (the server refuses it too); a form that came back with errors moves the focus to their summary.
 */
(function () {
  var form = document.getElementById('apply-form');
  if (!form) {
    return;
  }
  var max = parseInt(form.getAttribute('data-upload-max-bytes'), 10);
  var input = document.getElementById('idProof');
  var error = document.getElementById('idProof-error');
  function tooLarge() {
    return input && input.files && input.files.length > 0 && max > 0 && input.files[0].size > max;
  }
  function refuse() {
    error.textContent = error.getAttribute('data-too-large');
    input.setAttribute('aria-invalid', 'true');
    input.value = '';
    input.focus();
  }
  if (input) {
    input.addEventListener('change', function () {
      if (tooLarge()) {
        refuse();
      }
      else {
        error.textContent = '';
        input.setAttribute('aria-invalid', 'false');
      }
    });
  }
  form.addEventListener('submit', function (event) {
    if (tooLarge()) {
      event.preventDefault();
      refuse();
    }
  });
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    Array.prototype.forEach.call(summary.querySelectorAll('a[href^="#"]'), function (link) {
      link.addEventListener('click', function (event) {
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (field) {
          event.preventDefault();
          field.scrollIntoView({ block: 'center' });
          field.focus();
        }
      });
    });
  }
})();
