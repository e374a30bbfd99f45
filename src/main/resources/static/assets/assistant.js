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
        contact: contact.value }).then(function (created) {
          // the 咨询编号 and where to look the answer up, so that the citizen can follow the question
          var done = el('div', null, 'assistant-handed-over');
          done.setAttribute('role', 'status');
          done.appendChild(el('p', d.done));
          if (created && created.trackingNumber) {
            var number = el('p', d.consultation + '：');
            var strong = el('strong', created.trackingNumber);
            strong.className = 'assistant-consultation-number';
            number.appendChild(strong);
            done.appendChild(number);
          }
          var lookup = el('p', d.lookupHint);
          var link = el('a', d.lookup);
          link.href = (created && created.lookup) || '/consultations/lookup';
          lookup.appendChild(link);
          done.appendChild(lookup);
          box.replaceWith(done);
        },
        function () { box.appendChild(el('p', d.error)); });
    });
    item.appendChild(box);
  }

  /*
   * Asks for the answer as server-sent events: while a language model writes, "piece" events make the answer grow
   * in place (announced once it is complete); the "answer" event is the final word. Browsers without readable
   * streams get the plain JSON answer.
   */
  function stream(question, grow) {
    if (!window.ReadableStream || !window.TextDecoder) {
      return post('/api/v1/assistant/ask', { agency: d.agency, question: question, conversationId: conversationId });
    }
    return fetch('/api/v1/assistant/ask', {
      method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream',
        'Accept-Language': document.documentElement.lang || 'zh-CN' },
      body: JSON.stringify({ agency: d.agency, question: question, conversationId: conversationId })
    }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      var reader = r.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      return new Promise(function (resolve, reject) {
        function handle(block) {
          var name = 'message', data = [];
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
            else if (line.indexOf('data:') === 0) { data.push(line.slice(5).replace(/^ /, '')); }
          });
          if (name === 'piece') { grow(data.join('\n')); }
          else if (name === 'answer') { resolve(JSON.parse(data.join('\n'))); }
          else if (name === 'error') { reject(new Error(data.join('\n'))); }
        }
        function read() {
          reader.read().then(function (chunk) {
            if (chunk.done) { reject(new Error('incomplete')); return; }
            buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, '\n');
            var end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              handle(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
            }
            read();
          }, reject);
        }
        read();
      });
    });
  }

  function ask(question) {
    say(question, 'you');
    var waiting = say(d.asking, 'bot');
    var growing = null;
    stream(question, function (piece) {
      if (!growing) {
        growing = waiting;
        growing.setAttribute('aria-busy', 'true');
        growing.lastChild.textContent = '';
      }
      growing.lastChild.textContent += piece;
    }).then(function (answer) {
        conversationId = answer.conversationId;
        waiting.remove();
        var item = say(answer.answer, 'bot');
        if (answer.clarification) {
          // "您是不是想问": each candidate a button that asks about it
          var choices = el('ul', null, 'choices');
          choices.setAttribute('aria-label', d.didYouMean);
          answer.sources.forEach(function (source) {
            var button = el('button', source.title); button.type = 'button';
            button.addEventListener('click', function () { ask(source.title); });
            var li = el('li'); li.appendChild(button); choices.appendChild(li);
          });
          item.appendChild(choices);
        } else if (answer.sources.length) {
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
