// Draws the interaction dashboard's charts from its monthly table (the table stays for readers without JavaScript).
// ECharts 6 (vendored under assets/vendor): titles placed top left explicitly, as 5.x placed them.
(function () {
  'use strict';
  function draw() {
    var table = document.getElementById('monthly');
    if (!table || typeof echarts === 'undefined') {
      return;
    }
    var months = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1)
      .map(function (th) { return th.textContent.trim(); });
    var volumes = [];
    var percents = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var values = Array.prototype.slice.call(row.querySelectorAll('td')).map(function (td) {
        var number = parseFloat(td.textContent);
        return isNaN(number) ? null : number;
      });
      var series = { name: row.querySelector('th').textContent.trim(), data: values };
      if (row.dataset.series === 'percent') {
        percents.push(Object.assign(series, { type: 'line', connectNulls: false }));
      } else {
        volumes.push(Object.assign(series, { type: 'bar' }));
      }
    });
    var common = {
      tooltip: { trigger: 'axis' },
      legend: { top: 24 },
      grid: { top: 70, left: 40, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: months }
    };
    echarts.init(document.getElementById('chart-volumes')).setOption(Object.assign({}, common, {
      title: { text: table.dataset.volumes, left: 0, top: 0, textStyle: { fontSize: 14 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: volumes
    }));
    echarts.init(document.getElementById('chart-timeliness')).setOption(Object.assign({}, common, {
      title: { text: table.dataset.timeliness, left: 0, top: 0, textStyle: { fontSize: 14 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: percents
    }));
    document.documentElement.classList.add('charts-drawn');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
