// Small progressive enhancements; every page also works without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  // Ask before destructive actions: forms marked data-confirm.
  // (htmx forms ask with hx-confirm instead.)
  document.querySelectorAll('form[data-confirm]:not([hx-post])').forEach(form => {
    form.addEventListener('submit', event => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  // Keep the colour text field and the colour picker in step.
  document.querySelectorAll('input[data-colour-for]').forEach(picker => {
    const text = document.getElementById(picker.dataset.colourFor);
    picker.addEventListener('input', () => { text.value = picker.value.substring(1); });
    text.addEventListener('input', () => { if (/^#?[0-9a-fA-F]{6}$/.test(text.value)) picker.value = '#' + text.value.replace('#', ''); });
  });
  // Filter table rows by text.
  document.querySelectorAll('input[data-filter-table]').forEach(input => {
    const table = document.getElementById(input.dataset.filterTable);
    input.addEventListener('input', () => {
      const needle = input.value.toLowerCase();
      table.querySelectorAll('tbody tr').forEach(row => {
        row.style.display = row.textContent.toLowerCase().includes(needle) ? '' : 'none';
      });
    });
  });
  // Sort a table by the clicked column.
  document.querySelectorAll('table.sortable th').forEach((th, index) => {
    th.addEventListener('click', () => {
      const body = th.closest('table').querySelector('tbody');
      const asc = th.dataset.sort !== 'asc';
      th.dataset.sort = asc ? 'asc' : 'desc';
      const rows = Array.from(body.rows);
      rows.sort((a, b) => a.cells[index].textContent.trim().localeCompare(b.cells[index].textContent.trim(), undefined, {numeric: true}) * (asc ? 1 : -1));
      rows.forEach(row => body.appendChild(row));
    });
  });
  // Save stays disabled until the form is valid.
  document.querySelectorAll('form[data-validate]').forEach(form => {
    const button = form.querySelector('button[type=submit]');
    const check = () => { button.disabled = !form.checkValidity(); };
    form.addEventListener('input', check);
    check();
  });
  // Show the date field only for one-off busy entries.
  const when = document.getElementById('busy-when');
  const date = document.getElementById('busy-date');
  if (when && date) {
    const sync = () => { date.style.display = when.value === 'date' ? '' : 'none'; date.required = when.value === 'date'; };
    when.addEventListener('change', sync);
    sync();
  }
});

// htmx requests that fail (refused, conflict, server error) say so instead of silently doing nothing.
document.addEventListener('htmx:responseError', event => {
  const status = event.detail.xhr.status;
  window.alert(status === 403 ? 'Not allowed.' : 'That did not work (' + status + '). Reload the page and try again.');
});

// Planner run page: draw cost over time; follow a running search live (server-sent events).
document.addEventListener('DOMContentLoaded', () => {
  const page = document.getElementById('run-page');
  const chart = document.getElementById('cost-chart');
  if (!page || !chart) return;
  const points = JSON.parse(chart.dataset.points || '[]');   // [[seconds, cost, bound], …]
  const draw = () => {
    const w = 600, h = 160, pad = 30;
    if (points.length === 0) { chart.innerHTML = ''; return; }
    const maxT = Math.max(1, ...points.map(p => p[0]));
    const costs = points.flatMap(p => [p[1], p[2]]);
    const lo = Math.min(...costs), hi = Math.max(...costs, lo + 1);
    const x = t => pad + (w - 2 * pad) * t / maxT;
    const y = c => h - pad - (h - 2 * pad) * (c - lo) / (hi - lo);
    const line = i => points.map((p, k) => (k ? 'L' : 'M') + x(p[0]).toFixed(1) + ',' + y(p[i]).toFixed(1)).join(' ');
    const last = points[points.length - 1];
    chart.innerHTML =
      `<circle cx="${x(last[0]).toFixed(1)}" cy="${y(last[1]).toFixed(1)}" r="3" fill="#d9412b"/>` +
      `<path d="${line(1)}" fill="none" stroke="#d9412b" stroke-width="2"/>` +
      `<path d="${line(2)}" fill="none" stroke="#1b5fa8" stroke-dasharray="4 3"/>` +
      `<text x="${pad}" y="14" font-size="11">cost ${points[points.length - 1][1]} · bound ${points[points.length - 1][2]}</text>` +
      `<text x="${w - pad}" y="${h - 8}" font-size="11" text-anchor="end">${maxT.toFixed(1)} s</text>`;
  };
  draw();
  if (page.dataset.active !== 'true') return;
  const source = new EventSource('/planner/runs/' + page.dataset.run + '/events');
  // The best timetable so far is saved about once a second: fetch it again at most that often.
  let refreshing = null;
  const refreshTimetable = () => {
    if (refreshing) return;
    refreshing = setTimeout(() => {
      fetch(window.location.href, {credentials: 'same-origin'}).then(r => r.text()).then(html => {
        const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('best-timetable');
        const current = document.getElementById('best-timetable');
        if (fresh && current) current.innerHTML = fresh.innerHTML;
      }).finally(() => { refreshing = null; });
    }, 1200);
  };
  source.addEventListener('progress', event => {
    const p = JSON.parse(event.data);
    points.push([p.t, p.cost, p.bound]);
    draw();
    const cost = document.getElementById('run-cost');
    if (cost) cost.textContent = p.cost;
    refreshTimetable();
  });
  source.addEventListener('state', event => {
    if (event.data !== 'RUNNING') { source.close(); window.location.reload(); }
  });
});

// Copy buttons (calendar addresses).
document.addEventListener('click', event => {
  const id = event.target.dataset && event.target.dataset.copy;
  if (!id) return;
  const input = document.getElementById(id);
  input.select();
  (navigator.clipboard ? navigator.clipboard.writeText(input.value) : Promise.resolve(document.execCommand('copy')))
    .then(() => { event.target.textContent = '✓'; });
});

// Week page: when someone else changes the week, reload (or, with the editor open, say so).
document.addEventListener('DOMContentLoaded', () => {
  const page = document.getElementById('week-page');
  if (!page || !window.EventSource) return;
  const me = (document.getElementById('current-user') || {}).textContent;
  const source = new EventSource('/timetable/' + page.dataset.week + '/events');
  source.addEventListener('changed', event => {
    if (event.data === me) return;   // our own edit: the page already shows it
    if (document.getElementById('picker-card')) {
      document.getElementById('week-changed').hidden = false;
    } else {
      window.location.reload();
    }
  });
});
