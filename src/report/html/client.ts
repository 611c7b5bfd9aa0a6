/**
 * The report's script, run in the browser: it draws each measure group's
 * figures with Observable Plot from the data the report carries. x: the date
 * the figure was said (a line where only a window is known); y: the value,
 * an interval as a bar and an open bound ("more than") as an arrow; each
 * claimant family has its own symbol and colour, named in the legend; figures
 * in conflict are ringed in red; every mark links to the figure's sentence.
 * Plain JavaScript: it is inlined as it is.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tally-data').textContent);
  data.groups.forEach(function (g) {
    var host = document.querySelector('[data-chart="' + g.id + '"]');
    if (!host) return;
    var rows = g.rows.filter(function (r) { return r.said; }).map(function (r) {
      return Object.assign({}, r, { said: new Date(r.said), until: r.until ? new Date(r.until) : null, mid: (r.low + r.high) / 2 });
    });
    var marks = [
      Plot.ruleY(rows.filter(function (r) { return r.until; }), { x1: 'said', x2: 'until', y: 'mid', stroke: 'label', strokeOpacity: 0.35, strokeWidth: 2 }),
      Plot.ruleX(rows.filter(function (r) { return r.high > r.low; }), { x: 'said', y1: 'low', y2: 'high', stroke: 'label', strokeWidth: 4, strokeOpacity: 0.6 }),
      Plot.arrow(rows.filter(function (r) { return r.open === 'up'; }), { x1: 'said', x2: 'said', y1: 'high', y2: function (r) { return r.high * 1.3; }, stroke: 'label' }),
      Plot.arrow(rows.filter(function (r) { return r.open === 'down'; }), { x1: 'said', x2: 'said', y1: 'low', y2: function (r) { return r.low / 1.3; }, stroke: 'label' }),
      // labels under the marks and deaf to the pointer: a label never hides another figure's link
      Plot.text(rows, { x: 'said', y: 'mid', text: 'text', dx: 10, textAnchor: 'start', fontSize: 11, pointerEvents: 'none' }),
      Plot.dot(rows.filter(function (r) { return r.conflict; }), { x: 'said', y: 'mid', r: 10, stroke: '#c00000', strokeWidth: 2, fill: 'none', pointerEvents: 'none' }),
      Plot.dot(rows, {
        x: 'said', y: 'mid', symbol: 'label', stroke: 'label', fill: 'label', r: 6,
        href: function (r) { return '#' + r.anchor; }, title: function (r) { return r.text + ' (' + r.label + ')'; },
        ariaLabel: function (r) { return 'figure ' + r.text + ' from ' + r.label; }
      })
    ];
    var chart = Plot.plot({
      width: 760, height: 300, marginLeft: 70, marginRight: 120,
      x: { type: 'utc', label: 'said on', nice: true },
      y: { label: g.unit, grid: true, nice: true, zero: true },
      symbol: { legend: true },
      color: { type: 'categorical' },
      ariaLabel: g.title,
      ariaDescription: g.rows.length + ' figures; status ' + g.status,
      marks: marks
    });
    host.appendChild(chart);
    if (rows.length < g.rows.length) {
      var note = document.createElement('p');
      note.className = 'note';
      note.textContent = (g.rows.length - rows.length) + ' figure(s) from undated reports are in the table, not on the chart.';
      host.appendChild(note);
    }
  });
})();`;
