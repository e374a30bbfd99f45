// The assistant's chat panel: answers in place through /api/v1/assistant, with sources, a thumbs up or down on each
// answer, and the hand-over to staff when the assistant cannot answer. Text goes into the page as text, never HTML.
(function () {
  'use strict';
  var panel = document.querySelector('aside.assistant');
  if (!panel || !window.fetch) { return; }
  var d = panel.dataset;
  var log = panel.querySelector('.assistant-log');
  var form = panel.querySelector('.assistant-form');
  var input = form.querySelector('input[name=q]');
  var conversationId = null;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
        'Accept-Language': document.documentElement.lang || 'zh-CN' },
      body: JSON.stringify(body)
    }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.status === 204 ? null : r.json();
    });
  }

  function say(text, who) {
    var item = el('li', null, who);
    var label = el('span', (who === 'you' ? d.you : d.bot) + '：', 'visually-hidden');
    item.appendChild(label);
    item.appendChild(document.createTextNode(text));
    log.appendChild(item);
    item.scrollIntoView({ block: 'nearest' });
    return item;
  }

  function rating(item, answer) {
    var row = el('div', null, 'rate');
    [[true, d.helpful], [false, d.notHelpful]].forEach(function (choice) {
      var button = el('button', choice[1]);
      button.type = 'button';
      button.addEventListener('click', function () {
        post('/api/v1/assistant/feedback', { questionId: answer.questionId, conversationId: answer.conversationId,
          helpful: choice[0] }).then(function () { row.textContent = d.thanks; }, function () { row.textContent = d.error; });
      });
      row.appendChild(button);
    });
    item.appendChild(row);
  }

  function handoff(item) {
    var box = el('form');
    var name = el('input'); name.id = 'assistant-handoff-name'; name.maxLength = 100;
    var contact = el('input'); contact.id = 'assistant-handoff-contact'; contact.maxLength = 200;
    var nameLabel = el('label', d.name); nameLabel.htmlFor = name.id;
    var contactLabel = el('label', d.contact); contactLabel.htmlFor = contact.id;
    var submit = el('button', d.submit, 'primary'); submit.type = 'submit';
    [el('p', d.handoff), nameLabel, name, contactLabel, contact, submit].forEach(function (n) { box.appendChild(n); });
    box.addEventListener('submit', function (event) {
      event.preventDefault();
      post('/api/v1/assistant/handoffs', { agency: d.agency, conversationId: conversationId, name: name.value,
        contact: contact.value }).then(function () { box.replaceWith(el('p', d.done)); },
        function () { box.appendChild(el('p', d.error)); });
    });
    item.appendChild(box);
  }

  function ask(question) {
    say(question, 'you');
    var waiting = say(d.asking, 'bot');
    post('/api/v1/assistant/ask', { agency: d.agency, question: question, conversationId: conversationId })
      .then(function (answer) {
        conversationId = answer.conversationId;
        waiting.remove();
        var item = say(answer.answer, 'bot');
        if (answer.sources.length) {
          var list = el('ul', null, 'sources');
          answer.sources.forEach(function (source) {
            var link = el('a', source.title); link.href = source.url;
            var li = el('li'); li.appendChild(link); list.appendChild(li);
          });
          item.appendChild(el('p', d.sources));
          item.appendChild(list);
        }
        rating(item, answer);
        if (answer.handoff) { handoff(item); }
      }, function () { waiting.textContent = d.error; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question) { input.focus(); return; }
    input.value = '';
    ask(question);
  });

  var suggestions = panel.querySelector('.assistant-suggestions');
  fetch('/api/v1/assistant/suggestions?agency=' + encodeURIComponent(d.agency), { credentials: 'omit' })
    .then(function (r) { return r.ok ? r.json() : []; })
    .then(function (questions) {
      var list = suggestions.querySelector('ul');
      questions.forEach(function (q) {
        var button = el('button', q); button.type = 'button';
        button.addEventListener('click', function () { ask(q); });
        var li = el('li'); li.appendChild(button); list.appendChild(li);
      });
      suggestions.hidden = questions.length === 0;
    }, function () { /* suggestions are optional */ });
}());
