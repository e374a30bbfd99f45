/*
 * Gongkai's rich-text editor: a toolbar over an editable area that replaces a textarea marked .rich-text.
 * It needs no network and no build step; without JavaScript the textarea is used as it is (plain lines become
 * paragraphs on the server). The server cleans whatever arrives against an allow-list (BodyHtml), so the editor
 * only offers what that list keeps: headings, paragraphs, emphasis, lists, links and tables.
 */
(function () {
  'use strict';

  var zh = (document.documentElement.lang || 'zh').indexOf('en') !== 0;
  var LABELS = zh
    ? { toolbar: '正文格式', p: '正文', h2: '标题', h3: '小标题', bold: '加粗', italic: '倾斜', ol: '编号列表',
        ul: '项目列表', link: '链接', unlink: '取消链接', table: '插入表格', clear: '清除格式', linkPrompt: '链接地址（https://…）',
        rowsPrompt: '表格行数', colsPrompt: '表格列数', source: 'HTML' }
    : { toolbar: 'Body format', p: 'Paragraph', h2: 'Heading', h3: 'Subheading', bold: 'Bold', italic: 'Italic',
        ol: 'Numbered list', ul: 'Bulleted list', link: 'Link', unlink: 'Remove link', table: 'Insert table',
        clear: 'Clear formatting', linkPrompt: 'Link address (https://…)', rowsPrompt: 'Rows', colsPrompt: 'Columns',
        source: 'HTML' };

  function paragraphs(text) {
    if (/<\s*[a-zA-Z\/!]/.test(text)) {
      return text;
    }
    return text.split(/\r?\n/).filter(function (line) { return line.trim() !== ''; }).map(function (line) {
      var p = document.createElement('p');
      p.textContent = line.trim();
      return p.outerHTML;
    }).join('');
  }

  function button(label, shortcut, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.setAttribute('aria-label', label + (shortcut ? ' (' + shortcut + ')' : ''));
    b.addEventListener('click', action);
    return b;
  }

  function table(rows, cols) {
    var html = '<table><tbody>';
    for (var r = 0; r < rows; r++) {
      html += '<tr>';
      for (var c = 0; c < cols; c++) {
        html += r === 0 ? '<th scope="col">&nbsp;</th>' : '<td>&nbsp;</td>';
      }
      html += '</tr>';
    }
    return html + '</tbody></table><p><br></p>';
  }

  function enhance(textarea) {
    var area = document.createElement('div');
    area.className = 'rich-text-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    area.setAttribute('aria-labelledby', textarea.id + '-label');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      label.id = textarea.id + '-label';
      label.addEventListener('click', function () { area.focus(); });
    }
    // an empty body starts as one paragraph and Enter makes the next a <p>, so the first line typed is one too
    area.innerHTML = paragraphs(textarea.value) || '<p><br></p>';

    document.execCommand('defaultParagraphSeparator', false, 'p');

    function run(command, value) {
      area.focus();
      document.execCommand(command, false, value);
      sync();
    }
    function sync() {
      textarea.value = area.innerHTML;
    }

    var toolbar = document.createElement('div');
    toolbar.className = 'rich-text-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', LABELS.toolbar);
    toolbar.setAttribute('aria-controls', textarea.id);
    [
      button(LABELS.p, null, function () { run('formatBlock', '<p>'); }),
      button(LABELS.h2, null, function () { run('formatBlock', '<h2>'); }),
      button(LABELS.h3, null, function () { run('formatBlock', '<h3>'); }),
      button(LABELS.bold, 'Ctrl+B', function () { run('bold'); }),
      button(LABELS.italic, 'Ctrl+I', function () { run('italic'); }),
      button(LABELS.ol, null, function () { run('insertOrderedList'); }),
      button(LABELS.ul, null, function () { run('insertUnorderedList'); }),
      button(LABELS.link, null, function () {
        var href = window.prompt(LABELS.linkPrompt, 'https://');
        if (href && /^(https?:\/\/|\/)/.test(href)) {
          run('createLink', href);
        }
      }),
      button(LABELS.unlink, null, function () { run('unlink'); }),
      button(LABELS.table, null, function () {
        var rows = parseInt(window.prompt(LABELS.rowsPrompt, '3'), 10);
        var cols = parseInt(window.prompt(LABELS.colsPrompt, '3'), 10);
        if (rows > 0 && rows <= 50 && cols > 0 && cols <= 12) {
          run('insertHTML', table(rows, cols));
        }
      }),
      button(LABELS.clear, null, function () { run('removeFormat'); })
    ].forEach(function (b) { toolbar.appendChild(b); });

    area.addEventListener('input', sync);
    area.addEventListener('blur', sync);
    area.addEventListener('paste', function (event) {
      // pasted Word or web content arrives as plain paragraphs; the author formats it with the toolbar
      event.preventDefault();
      var text = (event.clipboardData || window.clipboardData).getData('text/plain');
      document.execCommand('insertHTML', false, paragraphs(text));
      sync();
    });
    textarea.form.addEventListener('submit', sync);

    textarea.hidden = true;
    textarea.removeAttribute('required');
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
    sync();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.execCommand('defaultParagraphSeparator', false, 'p');
    Array.prototype.forEach.call(document.querySelectorAll('.rich-text textarea'), enhance);
  });
}());
