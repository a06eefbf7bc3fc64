// A live page marks its event stream open (data-live="open" on <html>): people see nothing of it,
// browser tests wait for it instead of sleeping.
function markLive(source) {
  source.addEventListener('open', () => { document.documentElement.dataset.live = 'open'; });
  source.addEventListener('error', () => { document.documentElement.dataset.live = 'closed'; });
  return source;
}

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
  // The menu: under 800 px it folds behind the Menu button; its groups close when another opens,
  // on a click elsewhere and on Esc (the focus goes back to the group's name).
  const topbar = document.querySelector('.topbar');
  const toggle = document.getElementById('nav-toggle');
  if (topbar && toggle) {
    toggle.addEventListener('click', () => {
      const open = topbar.classList.toggle('nav-open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }
  const groups = document.querySelectorAll('.nav-group');
  groups.forEach(group => group.addEventListener('toggle', () => {
    if (group.open) groups.forEach(other => { if (other !== group) other.open = false; });
  }));
  document.addEventListener('click', event => {
    groups.forEach(group => { if (group.open && !group.contains(event.target)) group.open = false; });
  });
  document.addEventListener('keydown', event => {
    if (event.key !== 'Escape') return;
    groups.forEach(group => {
      if (group.open) { group.open = false; group.querySelector('summary').focus(); }
    });
  });
  // A folded section named in the address (#says after saving a message template) opens.
  if (location.hash.length > 1) {
    const target = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
  }
  // Print buttons (no inline onclick: the Content-Security-Policy allows no inline script).
  document.querySelectorAll('[data-print]').forEach(button => {
    button.addEventListener('click', () => window.print());
  });
  // Buttons that open and close a <dialog> (Tomatic says).
  document.querySelectorAll('[data-open-dialog]').forEach(button => {
    button.addEventListener('click', () => document.getElementById(button.dataset.openDialog).showModal());
  });
  document.querySelectorAll('[data-close-dialog]').forEach(button => {
    button.addEventListener('click', () => document.getElementById(button.dataset.closeDialog).close());
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
  // Forms that explain: a field says why it is wrong next to it as soon as it is typed in (in the page's
  // words, data-invalid), and Save, disabled while anything is wrong, says which fields to fix.
  document.querySelectorAll('form[data-validate]').forEach(form => {
    const button = form.querySelector('button[type=submit]');
    const why = form.querySelector('[data-why]');
    const fields = [...form.querySelectorAll('input, select, textarea')].filter(f => f.willValidate);
    const name = f => ((f.closest('label') || {}).querySelector?.('span') || {}).textContent?.trim() || f.name;
    const show = f => {
      const label = f.closest('label');
      if (!label) return;
      const shown = [...label.querySelectorAll('em.error')];
      if (f.validity.valid) {
        shown.forEach(em => em.remove());
        f.removeAttribute('aria-invalid');
        return;
      }
      const em = shown[0] || label.appendChild(Object.assign(document.createElement('em'), {className: 'error'}));
      em.textContent = f.dataset.invalid || f.validationMessage;
      f.setAttribute('aria-invalid', 'true');
    };
    const check = () => {
      const bad = fields.filter(f => !f.validity.valid);
      button.disabled = bad.length > 0;
      if (why) why.textContent = bad.length ? why.dataset.why.replace('{0}', bad.map(name).join(', ')) : '';
    };
    fields.forEach(f => {
      f.addEventListener('input', () => show(f));
      f.addEventListener('blur', () => show(f));
    });
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
  // The words come from the message bundles, in the page's language (data-l-* on <body>).
  const words = document.body.dataset;
  window.alert(status === 403 ? words.lRefused : words.lFailed.replace('{0}', status));
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
  const source = markLive(new EventSource('/planner/runs/' + page.dataset.run + '/events'));
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

// Week page: the cell editor opens as a dialog at the clicked cell, fully in view; the grid stays put.
// Esc (the browser's own) or a click outside closes it, and focus goes back to the cell. A refused edit
// comes back as the editor with the reason in it (htmx swaps it in): the dialog stays open.
let editorCell = null;
const cellOf = key => document.querySelector('td.cell[data-cell="' + key + '"]');
document.addEventListener('htmx:afterSwap', event => {
  if (event.detail.target.id !== 'picker') return;
  const dialog = document.getElementById('cell-dialog');
  const card = document.getElementById('picker-card');
  if (!card) return;   // a change that worked: the page is being reloaded (HX-Redirect)
  editorCell = cellOf(card.dataset.cell) || editorCell;
  if (!dialog.open) dialog.showModal();
  placeNear(dialog, editorCell);
  const first = dialog.querySelector('#picker-anyway input[name=reason]')
    || dialog.querySelector('input[type=radio]:checked') || dialog.querySelector('input[type=radio]')
    || dialog.querySelector('input, select, button');
  if (first) first.focus({ preventScroll: true });
});
function placeNear(dialog, cell) {
  const gap = 8;
  const w = dialog.offsetWidth, h = dialog.offsetHeight;
  const r = cell ? cell.getBoundingClientRect() : { left: gap, right: gap, top: gap, bottom: gap };
  const clamp = (v, max) => Math.max(gap, Math.min(v, max));
  const below = r.bottom + 4, above = r.top - h - 4;
  const top = below + h <= window.innerHeight - gap ? below : above >= gap ? above : window.innerHeight - h - gap;
  dialog.style.left = clamp(r.left, window.innerWidth - w - gap) + 'px';
  dialog.style.top = clamp(top, window.innerHeight - h - gap) + 'px';
}
document.addEventListener('DOMContentLoaded', () => {
  const dialog = document.getElementById('cell-dialog');
  if (!dialog) return;
  dialog.addEventListener('click', event => {
    if (event.target === dialog || event.target.closest('#picker-close')) dialog.close();
    const pick = event.target.closest('#swap-pick');
    if (pick) startSwapPick(pick);
  });
  dialog.addEventListener('close', () => {
    document.getElementById('picker').innerHTML = '';
    if (editorCell) focusCell(editorCell);
  });
});

// Week page, keyboard: the grid is one tab stop (roving tabindex); arrows move across lines, turns and days,
// Enter or Space opens the editor on the focused cell (or, picking a swap, chooses it).
function focusCell(cell) {
  document.querySelectorAll('td.cell[tabindex="0"]').forEach(c => { if (c !== cell) c.tabIndex = -1; });
  cell.tabIndex = 0;
  cell.focus({ preventScroll: false });
}
function neighbour(cell, key) {
  const [day, turn, line] = cell.dataset.cell.split('/');
  const t = Number(turn), l = Number(line);
  const days = [...document.querySelectorAll('table.week-day')].map(table => table.dataset.day)
    .filter(d => document.querySelector('td.cell[data-cell^="' + d + '/"]'));
  const at = (d, tt, ll) => d && cellOf(d + '/' + tt + '/' + ll);
  const lines = d => document.querySelectorAll('td.cell[data-cell^="' + d + '/' + t + '/"]').length;
  const i = days.indexOf(day);
  switch (key) {
    case 'ArrowUp': return at(day, t - 1, l);
    case 'ArrowDown': return at(day, t + 1, l);
    case 'ArrowLeft': return at(day, t, l - 1) || at(days[i - 1], t, lines(days[i - 1]) - 1);
    case 'ArrowRight': return at(day, t, l + 1) || at(days[i + 1], t, 0);
    case 'Home': return at(day, t, 0);
    case 'End': return at(day, t, lines(day) - 1);
    default: return null;
  }
}
document.addEventListener('DOMContentLoaded', () => {
  const first = document.querySelector('td.cell[tabindex]');
  if (first) first.tabIndex = 0;
});
document.addEventListener('focusin', event => {
  const cell = event.target.closest && event.target.closest('td.cell[tabindex]');
  if (cell && cell.tabIndex !== 0) focusCell(cell);
});
document.addEventListener('keydown', event => {
  if (swapPick.from && event.key === 'Escape') { event.preventDefault(); endSwapPick(); return; }
  const cell = event.target.closest && event.target.closest('td.cell[tabindex]');
  if (!cell || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    cell.click();
    return;
  }
  const next = neighbour(cell, event.key);
  if (next) { event.preventDefault(); focusCell(next); }
});

// Week page, swap by clicking the grid: "Swap with…" in the editor closes it and asks for the other cell.
// The server says, per cell, whether the swap is allowed (its cost change on hover), needs a confirmation
// (someone busy: the editor comes back with "Do it anyway") or is refused (greyed, not clickable).
const swapPick = { from: null, post: null, version: null };
function startSwapPick(button) {
  const from = editorCell;
  fetch(button.dataset.swapPick, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(r => r.ok ? r.json() : Promise.reject(r.status))
    .then(answer => {
      swapPick.from = from;
      swapPick.post = button.dataset.swapPost;
      swapPick.version = button.dataset.version;
      document.getElementById('cell-dialog').close();
      document.getElementById('week-page').classList.add('swap-picking');
      document.getElementById('swap-banner-text').textContent = answer.banner;
      document.getElementById('swap-banner').hidden = false;
      document.querySelectorAll('td.cell[data-cell]').forEach(cell => {
        const target = answer.cells[cell.dataset.cell];
        const state = cell === from ? 'from' : target ? target.state : 'refused';
        cell.classList.add('swap-' + state);
        cell.dataset.swap = state;
        if (target) cell.title = target.title;
        if (state === 'refused') cell.setAttribute('aria-disabled', 'true');
      });
      focusCell(from);
    })
    .catch(status => {
      const words = document.body.dataset;
      window.alert(status === 403 ? words.lRefused : words.lFailed.replace('{0}', status));
    });
}
function endSwapPick() {
  const from = swapPick.from;
  swapPick.from = null;
  document.getElementById('week-page').classList.remove('swap-picking');
  document.getElementById('swap-banner').hidden = true;
  document.querySelectorAll('td.cell[data-swap]').forEach(cell => {
    cell.classList.remove('swap-from', 'swap-ok', 'swap-confirm', 'swap-refused');
    delete cell.dataset.swap;
    cell.removeAttribute('title');
    cell.removeAttribute('aria-disabled');
  });
  if (from) focusCell(from);
}
document.addEventListener('click', event => {
  if (event.target.closest && event.target.closest('#swap-cancel')) { endSwapPick(); return; }
  if (!swapPick.from) return;
  const cell = event.target.closest && event.target.closest('td.cell[data-cell]');
  if (!cell) return;
  // Picking: the click chooses the other cell instead of opening the editor there.
  event.preventDefault();
  event.stopPropagation();
  if (cell.dataset.swap !== 'ok' && cell.dataset.swap !== 'confirm') return;
  const from = swapPick.from, post = swapPick.post, version = swapPick.version;
  endSwapPick();
  editorCell = from;
  htmx.ajax('POST', post, { source: from, target: '#picker', swap: 'innerHTML',
    values: { a: from.dataset.cell, b: cell.dataset.cell, version: version } });
}, true);

// Week page: when someone else changes the week, reload (or, with the editor open, say so).
document.addEventListener('DOMContentLoaded', () => {
  const page = document.getElementById('week-page');
  if (!page || !window.EventSource) return;
  const me = (document.getElementById('current-user') || {}).textContent;
  const source = markLive(new EventSource('/timetable/' + page.dataset.week + '/events'));
  source.addEventListener('changed', event => {
    if (event.data === me) return;   // our own edit: the page already shows it
    if (document.getElementById('picker-card')) {
      document.getElementById('week-changed').hidden = false;
    } else {
      window.location.reload();
    }
  });
});

// ---------------------------------------------------------------- queue board
// The server pushes the whole board (JSON) on every queue change; durations tick here every second,
// counted on the server's clock (the offset is taken at each push).
document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('queue-board');
  if (!root || !window.EventSource) return;
  const label = key => root.getAttribute('data-l-' + key) || key;
  const coordinator = root.dataset.coordinator === 'true';
  const me = root.dataset.me || '';
  const tiles = document.getElementById('queue-tiles');
  const callers = document.getElementById('queue-callers');
  const errorBox = document.getElementById('queue-error');
  const dialog = document.getElementById('pause-dialog');
  let offset = 0;
  let pausing = null;
  window.tomaticBoardLatencies = [];

  const headers = () => {
    const h = {'Content-Type': 'application/x-www-form-urlencoded'};
    try { Object.assign(h, JSON.parse(document.body.getAttribute('hx-headers') || '{}')); } catch (e) { /* none */ }
    return h;
  };
  const post = (path, params) => fetch(path, {method: 'POST', credentials: 'same-origin', headers: headers(),
      body: new URLSearchParams(params)})
    .then(r => r.ok ? null : r.text().then(t => { throw new Error(t || r.statusText); }))
    .then(() => { errorBox.hidden = true; })
    .catch(e => { errorBox.textContent = e.message; errorBox.hidden = false; });

  const duration = ms => {
    if (ms == null || ms < 0) ms = 0;
    const s = Math.floor(ms / 1000);
    if (s < 60) return s + ' s';
    const m = Math.floor(s / 60);
    if (m < 60) return m + ' min';
    return Math.floor(m / 60) + ' h ' + (m % 60) + ' min';
  };
  const ago = since => since == null ? label('never') : duration(Date.now() + offset - since);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const timer = (cls, since, prefix) => {
    const e = el('span', cls);
    e.dataset.since = since == null ? '' : since;
    e.dataset.prefix = prefix || '';
    e.textContent = (prefix || '') + ago(since);
    return e;
  };
  const tick = () => root.querySelectorAll('[data-since]').forEach(e => {
    e.textContent = e.dataset.prefix + ago(e.dataset.since === '' ? null : Number(e.dataset.since));
  });

  const renderTile = t => {
    const tile = el('button', 'tile state-' + t.state.toLowerCase());
    tile.type = 'button';
    tile.dataset.member = t.memberInterface;
    if (t.personId) tile.dataset.person = t.personId;
    if (t.paused) tile.classList.add('paused');
    if (t.overdue) tile.classList.add('overdue');
    if (t.memberInterface === me) tile.classList.add('mine');
    tile.style.setProperty('--person-colour', '#' + t.colour);
    tile.style.setProperty('--person-text', '#' + t.textColour);
    const head = el('span', 'tile-head');
    head.append(el('span', 'tile-name', t.name), el('span', 'tile-ext', t.extension || ''));
    tile.append(head);
    const state = el('span', 'tile-state');
    if (t.paused) {
      state.append(el('span', 'tile-paused', label('paused') + (t.reason ? ': ' + t.reason : '') + ' · '));
      state.append(timer('tile-since', t.since));
    } else {
      state.append(el('span', null, label(t.state.toLowerCase()) + ' · '), timer('tile-since', t.since));
    }
    tile.append(state);
    if (t.inQueue) {
      tile.append(el('span', 'tile-calls', t.callsTaken + ' ' + label('calls') + ' · ' + label('last-call') + ' '),
        );
      tile.lastChild.append(timer(null, t.lastCall));
    } else if (coordinator) {
      tile.append(el('span', 'tile-calls', label('add-back')));
    }
    if (t.overdue) tile.append(el('span', 'tile-alert', '⚠ ' + label('overdue')));
    if (coordinator && t.inQueue) {
      const remove = el('span', 'tile-remove', '×');
      remove.setAttribute('role', 'button');
      remove.title = label('remove');
      remove.dataset.remove = t.memberInterface;
      tile.append(remove);
    }
    tile.disabled = !coordinator && t.memberInterface !== me;
    tile.dataset.inQueue = t.inQueue;
    tile.dataset.paused = t.paused;
    tile.dataset.name = t.name;
    return tile;
  };

  const render = board => {
    offset = board.now - Date.now();
    const conn = document.getElementById('queue-connection');
    conn.textContent = board.up ? board.health : label('disconnected') + ': ' + board.health;
    conn.className = 'badge ' + (board.up ? 'ok' : 'bad');
    document.getElementById('queue-turn').textContent = board.open ? board.date + ' ' + board.turn : label('closed');
    document.getElementById('queue-waiting').textContent = board.waiting;
    document.getElementById('queue-answered').textContent = board.answered;
    document.getElementById('queue-abandoned').textContent = board.abandoned;
    const longest = document.getElementById('queue-longest');
    longest.dataset.since = board.longestWaitSince == null ? '' : board.longestWaitSince;
    longest.dataset.prefix = '';
    if (board.longestWaitSince == null) { delete longest.dataset.since; longest.textContent = '–'; }
    // Keep each member's box (same element, new content), so a click is never lost to a redraw.
    const existing = new Map([...tiles.querySelectorAll('.tile')].map(t => [t.dataset.member, t]));
    tiles.replaceChildren(...board.tiles.map(t => {
      const fresh = renderTile(t);
      const old = existing.get(t.memberInterface);
      if (!old) return fresh;
      [...old.attributes].forEach(a => { if (!fresh.hasAttribute(a.name)) old.removeAttribute(a.name); });
      [...fresh.attributes].forEach(a => old.setAttribute(a.name, a.value));
      old.disabled = fresh.disabled;
      old.replaceChildren(...fresh.childNodes);
      return old;
    }));
    if (!board.tiles.length) tiles.append(el('p', 'help', label('no-members')));
    callers.replaceChildren(...board.callers.map(c => {
      const tr = el('tr');
      tr.append(el('td', null, c.position), el('td', null, c.number + (c.name ? ' ' + c.name : '')));
      const wait = el('td');
      wait.append(timer(null, c.since));
      tr.append(wait);
      return tr;
    }));
    tick();
  };

  tiles.addEventListener('click', event => {
    const remove = event.target.closest('[data-remove]');
    if (remove) {
      event.stopPropagation();
      const name = remove.closest('.tile').dataset.name;
      if (confirm(label('confirm-remove').replace('{0}', name))) post('/queue/remove', {member: remove.dataset.remove});
      return;
    }
    const tile = event.target.closest('.tile');
    if (!tile || tile.disabled) return;
    if (tile.dataset.inQueue !== 'true') {
      if (coordinator && tile.dataset.person) post('/queue/add', {person: tile.dataset.person});
    } else if (tile.dataset.paused === 'true') {
      post('/queue/resume', {member: tile.dataset.member});
    } else {
      pausing = tile.dataset.member;
      document.getElementById('pause-who').textContent = tile.dataset.name;
      dialog.showModal();
    }
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'pause' || !pausing) return;
    const form = dialog.querySelector('form');
    const chosen = form.querySelector('input[name=reason]:checked');
    const reason = chosen && chosen.value ? chosen.value : form.elements.other.value;
    post('/queue/pause', {member: pausing, reason: reason});
    pausing = null;
  });
  const addForm = document.getElementById('queue-add');
  if (addForm) addForm.addEventListener('submit', event => {
    event.preventDefault();
    post('/queue/add', {person: addForm.elements.person.value}).then(() => addForm.reset());
  });

  const source = markLive(new EventSource('/queue/events'));
  source.addEventListener('board', event => {
    const board = JSON.parse(event.data);
    window.tomaticBoardLatencies.push(Date.now() - board.eventAt);
    render(board);
    root.dataset.updated = String(Date.now());
  });
  source.onerror = () => {
    const conn = document.getElementById('queue-connection');
    conn.textContent = label('disconnected');
    conn.className = 'badge bad';
  };
  setInterval(tick, 1000);
});

// ---------------------------------------------------------------- call page
// A call ringing this agent (server-sent event) replaces the workspace with that call and its
// customer search, unless "keep this screen" is ticked: then only the call list is refreshed.
// Handlers are delegated, so they work on the swapped-in workspace too.
document.addEventListener('DOMContentLoaded', () => {
  const workspace = () => document.getElementById('call-workspace');
  if (!workspace() || !window.EventSource) return;
  window.tomaticPopLatencies = [];
  const locked = () => { const l = document.getElementById('call-lock'); return l && l.checked; };

  const updateSave = () => {
    const save = document.getElementById('typify-save');
    if (save) save.disabled = !document.querySelector('#typify-form input[name=category]:checked');
  };
  const filterCategories = text => {
    const words = text.toLowerCase().split(/\s+/).filter(w => w);
    document.querySelectorAll('.category-choices .choice').forEach(c => {
      const checked = c.querySelector('input').checked;
      c.hidden = !checked && !words.every(w => c.dataset.words.includes(w));
    });
  };
  updateSave();

  document.addEventListener('click', event => {
    const tab = event.target.closest('[data-tab]');
    if (tab) {
      const group = tab.closest('.tabs');
      group.querySelectorAll(':scope > .tab-buttons > [data-tab]').forEach(b => b.classList.toggle('active', b === tab));
      group.querySelectorAll(':scope > .tab-panel').forEach(p => { p.hidden = p.id !== tab.dataset.tab; });
    }
    const load = event.target.closest('.load-details');
    if (load) {
      load.disabled = true;
      fetch('/calls/contracts/details?contract=' + encodeURIComponent(load.dataset.contract), {credentials: 'same-origin'})
        .then(r => r.text()).then(html => { load.nextElementSibling.innerHTML = html; load.hidden = true; })
        .finally(() => { load.disabled = false; });
    }
  });
  document.addEventListener('input', event => {
    if (event.target.id === 'category-filter') filterCategories(event.target.value);
  });
  document.addEventListener('change', event => {
    if (event.target.name === 'category') updateSave();
  });
  document.addEventListener('submit', event => {
    const form = event.target;
    if (form.dataset.confirmCall && !confirm(form.dataset.confirmCall)) event.preventDefault();
  });

  const fetchWorkspace = query => fetch('/calls/workspace?' + query, {credentials: 'same-origin'})
    .then(r => r.text()).then(html => new DOMParser().parseFromString(html, 'text/html').getElementById('call-workspace'));

  const pop = (call, eventAt) => fetchWorkspace('call=' + encodeURIComponent(call)).then(fresh => {
    if (!fresh) return;
    workspace().replaceWith(fresh);
    history.replaceState(null, '', '/calls?call=' + encodeURIComponent(call));
    updateSave();
    window.tomaticPopLatencies.push(Date.now() - eventAt);
  });
  const refreshList = () => {
    const current = workspace().dataset.call;
    fetchWorkspace(current ? 'call=' + encodeURIComponent(current) : '').then(fresh => {
      const list = fresh && fresh.querySelector('#call-list');
      if (list) document.getElementById('call-list').replaceWith(list);
    });
  };

  const source = markLive(new EventSource('/calls/events'));
  source.addEventListener('call', event => {
    const call = JSON.parse(event.data);
    if (locked()) refreshList(); else pop(call.id, call.eventAt);
  });
});
