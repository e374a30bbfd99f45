/*
 * The subscription form: choosing another agency puts that agency's columns in place, fetched from the same page the
 * "查看该机关的栏目" button reloads without the script.
 */
(function () {
  var select = document.getElementById('agency');
  var columns = document.getElementById('subscription-columns');
  if (!select || !columns || !window.fetch || !window.DOMParser) {
    return;
  }
  select.addEventListener('change', function () {
    var url = select.form.getAttribute('action') + '?agency=' + encodeURIComponent(select.value);
    fetch(url, { credentials: 'same-origin' }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('subscription-columns');
      if (!fresh) {
        return Promise.reject('no columns');
      }
      columns.replaceWith(fresh);
      columns = fresh;
      history.replaceState(null, '', url);
    }).catch(function () {
      select.form.submit();
    });
  });
})();
