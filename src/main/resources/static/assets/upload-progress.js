/*
 * Upload progress for large files: a form marked data-upload-progress is sent with XMLHttpRequest so that a
 * <progress> bar can show how much of the file has gone up, then how the server is getting on (an indeterminate
 * bar while it reads and checks the file). The server's answer replaces the page as a normal submission would.
 * Without JavaScript the form submits as it is.
 */
(function () {
  'use strict';

  function enhance(form) {
    var bar = form.querySelector('progress');
    var status = form.querySelector('.upload-status');
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !window.XMLHttpRequest) {
        return;
      }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open(form.method || 'post', form.action);
      bar.hidden = false;
      bar.value = 0;
      request.upload.addEventListener('progress', function (progress) {
        if (progress.lengthComputable) {
          bar.max = progress.total;
          bar.value = progress.loaded;
          status.textContent = Math.round(progress.loaded * 100 / progress.total) + '%';
        }
      });
      request.upload.addEventListener('load', function () {
        bar.removeAttribute('value');
        status.textContent = form.getAttribute('data-processing');
      });
      request.addEventListener('load', function () {
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        status.textContent = form.getAttribute('data-failed');
        bar.hidden = true;
      });
      Array.prototype.forEach.call(form.querySelectorAll('button'), function (button) { button.disabled = true; });
      request.send(new FormData(form));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-upload-progress]'), enhance);
  });
}());
