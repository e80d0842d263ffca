// Progressive enhancement: filters and a side panel for details. Without script the page
// still works: every cell is a <details> element that opens in place.
(function () {
  'use strict';
  var matrix = document.getElementById('matrix');
  var toolbar = document.getElementById('toolbar');
  var inspector = document.getElementById('inspector');
  var content = inspector.querySelector('.inspector-content');
  var selected = null;

  function applyFilters() {
    var view = document.getElementById('filter-view').value;
    var suite = document.getElementById('filter-suite').value;
    var text = document.getElementById('filter-text').value.trim().toLowerCase();
    var shown = 0, total = 0;
    matrix.querySelectorAll('tbody.suite').forEach(function (group) {
      var visible = 0;
      group.querySelectorAll('tr.check-row').forEach(function (row) {
        var findings = row.getAttribute('data-findings');
        var keep = (!suite || row.getAttribute('data-suite') === suite) &&
          (!text || row.getAttribute('data-search').indexOf(text) !== -1) &&
          (view === 'all' || (view === 'findings' && findings !== '') ||
            (view === 'problems' && /\b(fail|warn|error)\b/.test(findings)));
        row.hidden = !keep;
        total++;
        if (keep) { visible++; shown++; }
      });
      group.hidden = visible === 0;
    });
    document.getElementById('shown-count').textContent = shown === total ? total + ' checks' : shown + ' of ' + total + ' checks shown';
    document.getElementById('no-rows').hidden = shown !== 0;
  }

  function openCell(cell) {
    var body = cell.querySelector('.result-body');
    if (!body) return;
    if (selected) selected.classList.remove('selected');
    selected = cell;
    cell.classList.add('selected');
    content.textContent = '';
    content.appendChild(body.cloneNode(true));
    inspector.hidden = false;
    document.body.classList.add('inspecting');
    content.scrollTop = 0;
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (cell.id && history.replaceState) history.replaceState(null, '', '#' + cell.id);
  }

  function closeInspector() {
    inspector.hidden = true;
    document.body.classList.remove('inspecting');
    if (selected) { selected.classList.remove('selected'); selected.querySelector('summary').focus(); }
    selected = null;
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
  }

  // Links from "What changed" and "Needs a look" open the cell they name, showing its row first
  // if the filters hid it.
  function openLinked(cell) {
    var row = cell.closest('tr');
    if (matrix && row && row.hidden) {
      document.getElementById('filter-view').value = 'all';
      document.getElementById('filter-suite').value = '';
      document.getElementById('filter-text').value = '';
      applyFilters();
    }
    openCell(cell);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.to-cell');
    if (link) {
      var target = document.getElementById(link.getAttribute('href').slice(1));
      if (target && target.classList.contains('cell')) {
        event.preventDefault();
        openLinked(target);
        target.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      return;
    }
    var summary = event.target.closest('td.cell > details > summary');
    if (!summary) return;
    event.preventDefault();
    var cell = summary.parentElement.parentElement;
    if (cell === selected && !inspector.hidden) closeInspector(); else openCell(cell);
  });
  inspector.querySelector('.inspector-close').addEventListener('click', closeInspector);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !inspector.hidden) closeInspector();
  });

  if (matrix) {
    toolbar.hidden = false;
    ['filter-view', 'filter-suite', 'filter-text'].forEach(function (id) {
      document.getElementById(id).addEventListener('input', applyFilters);
    });
    applyFilters();
  }
  var linked = location.hash && /^#[a-z0-9-]+$/.test(location.hash) && document.getElementById(location.hash.slice(1));
  if (linked && linked.classList.contains('cell')) { openCell(linked); linked.scrollIntoView({ block: 'center' }); }
})();
